package io.newsroom.bench.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Peak resident memory of each process ./newsroom started: the pid files in data/run name session
 * leaders (every process is started with setsid), and a service's figure is the largest VmHWM
 * among the processes of its session (Elasticsearch runs its server in a child of its launcher).
 */
public final class PeakMemory {

    /** Peak and current resident set of a service's largest process, in MB. */
    public record Usage(long pid, double peakMb, double currentMb) {
    }

    private PeakMemory() {
    }

    public static Map<String, Usage> read(Path runDir) throws IOException {
        Map<String, Usage> usage = new TreeMap<>();
        if (!Files.isDirectory(runDir)) {
            return usage;
        }
        List<Path> pidFiles;
        try (Stream<Path> s = Files.list(runDir)) {
            pidFiles = s.filter(p -> p.getFileName().toString().endsWith(".pid")).sorted().toList();
        }
        for (Path pidFile : pidFiles) {
            String name = pidFile.getFileName().toString().replaceFirst("\\.pid$", "");
            long leader = Long.parseLong(Files.readString(pidFile).strip());
            Usage best = null;
            for (long pid : session(leader)) {
                Usage u = status(pid);
                if (u != null && (best == null || u.peakMb() > best.peakMb())) {
                    best = u;
                }
            }
            if (best != null) {
                usage.put(name, best);
            }
        }
        return usage;
    }

    /** The processes of the session a pid file names (the leader and what it started). */
    public static List<Long> session(long leader) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // Fields after the command (which may hold spaces) : state ppid pgrp session ...
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(f[3]) == leader) {
                        pids.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        }
        return pids;
    }

    private static Usage status(long pid) {
        try {
            double peak = -1;
            double current = -1;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peak = kb(line) / 1024.0;
                } else if (line.startsWith("VmRSS:")) {
                    current = kb(line) / 1024.0;
                }
            }
            return peak < 0 ? null : new Usage(pid, peak, current);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
