package io.newsroom.bench.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time used so far by the processes of one service ./newsroom started (user + system, from
 * /proc/PID/stat). Divided by the requests of a load it gives CPU per request, a figure that,
 * unlike latency, hardly moves when other work shares the machine.
 */
public final class ProcessCpu {

    /** Clock ticks per second of /proc/PID/stat; 100 on Linux for every architecture we run on. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** CPU seconds so far of every service with a pid file in the run directory, by name. */
    public static Map<String, Double> byService(Path runDir) {
        Map<String, Double> cpu = new TreeMap<>();
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                double s = seconds(runDir, name);
                if (!Double.isNaN(s)) {
                    cpu.put(name, s);
                }
            }
        } catch (IOException e) {
            // no run directory: nothing to report
        }
        return cpu;
    }

    /** CPU seconds of the service's session, or NaN when it is not running. */
    public static double seconds(Path runDir, String service) {
        try {
            Path pidFile = runDir.resolve(service + ".pid");
            if (!Files.exists(pidFile)) {
                return Double.NaN;
            }
            long ticks = 0;
            for (long pid : PeakMemory.session(Long.parseLong(Files.readString(pidFile).strip()))) {
                try {
                    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
