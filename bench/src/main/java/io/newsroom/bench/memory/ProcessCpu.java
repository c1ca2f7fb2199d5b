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
        return byService(runDir, false);
    }

    /**
     * CPU seconds so far of the JIT compiler threads of every service, by name: the part of a
     * service's CPU spent compiling code rather than doing the work (tens of seconds in a cold JVM).
     */
    public static Map<String, Double> compilersByService(Path runDir) {
        return byService(runDir, true);
    }

    /** CPU seconds of the service's session, or NaN when it is not running. */
    public static double seconds(Path runDir, String service) {
        return seconds(runDir, service, false);
    }

    private static Map<String, Double> byService(Path runDir, boolean compilersOnly) {
        Map<String, Double> cpu = new TreeMap<>();
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                double s = seconds(runDir, name, compilersOnly);
                if (!Double.isNaN(s)) {
                    cpu.put(name, s);
                }
            }
        } catch (IOException e) {
            // no run directory: nothing to report
        }
        return cpu;
    }

    private static double seconds(Path runDir, String service, boolean compilersOnly) {
        try {
            Path pidFile = runDir.resolve(service + ".pid");
            if (!Files.exists(pidFile)) {
                return Double.NaN;
            }
            long ticks = 0;
            for (long pid : PeakMemory.session(Long.parseLong(Files.readString(pidFile).strip()))) {
                ticks += compilersOnly ? compilerTicks(pid) : statTicks(Path.of("/proc", String.valueOf(pid), "stat"));
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** HotSpot names its compiler threads "C1 CompilerThreadN" and "C2 CompilerThreadN" (cut to 15 characters). */
    private static long compilerTicks(long pid) {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
                        ticks += statTicks(task.resolve("stat"));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended while we looked
        }
        return ticks;
    }

    /** utime + stime of a /proc/.../stat file; 0 when the process or thread is gone. */
    private static long statTicks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
