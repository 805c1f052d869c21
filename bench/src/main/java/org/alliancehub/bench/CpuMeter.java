package org.alliancehub.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used by the processes of a run, read from the operating system: where the machine's
 * time went, so that a benchmark can say what besides the measured work competed for the cores.
 */
final class CpuMeter {

    private final long servicePid;
    private final String databasePort;

    /** {@code databasePort}: the PostgreSQL server is the postgres process started with {@code -p port}. */
    CpuMeter(long servicePid, int databasePort) {
        this.servicePid = servicePid;
        this.databasePort = Integer.toString(databasePort);
    }

    /** Cumulative CPU time so far, per part: service, database (server and backends), benchmark client. */
    Map<String, Duration> read() {
        Map<String, Duration> parts = new LinkedHashMap<>();
        parts.put("service", ProcessHandle.of(servicePid).map(CpuMeter::cpu).orElse(Duration.ZERO));
        parts.put("database", ProcessHandle.allProcesses().filter(this::isPostmaster)
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .map(CpuMeter::cpu).reduce(Duration.ZERO, Duration::plus));
        parts.put("benchmark client", cpu(ProcessHandle.current()));
        return parts;
    }

    private boolean isPostmaster(ProcessHandle process) {
        Optional<String> command = process.info().command();
        Optional<String[]> arguments = process.info().arguments();
        if (command.isEmpty() || !command.get().endsWith("/postgres") || arguments.isEmpty()) {
            return false;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-p") && args[i + 1].equals(databasePort)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The service's CPU time so far by kind of thread, from Linux's per-thread counters (empty
     * elsewhere): extraction (the managed executor's threads), requests (HTTP), JIT compiler, GC,
     * other. Thread names there are cut to 15 characters, which still tells these apart.
     */
    Map<String, Duration> readServiceThreads() {
        Map<String, Duration> kinds = new LinkedHashMap<>();
        for (String kind : new String[] {"extraction", "requests", "JIT compiler", "GC", "other"}) {
            kinds.put(kind, Duration.ZERO);
        }
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc", Long.toString(servicePid), "task");
        try (Stream<java.nio.file.Path> threads = java.nio.file.Files.list(tasks)) {
            threads.forEach(thread -> {
                try {
                    String stat = java.nio.file.Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime, in clock ticks of 1/100 s (USER_HZ on Linux)
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    kinds.merge(threadKind(name), Duration.ofMillis(ticks * 10), Duration::plus);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended between listing and reading
                }
            });
        } catch (java.io.IOException notLinux) {
            return Map.of();
        }
        return kinds;
    }

    static String threadKind(String name) {
        if (name.startsWith("concurrent/")) {
            return "extraction";
        } else if (name.startsWith("http-")) {
            return "requests";
        } else if (name.contains("CompilerThre")) {
            return "JIT compiler";
        } else if (name.startsWith("GC ") || name.startsWith("G1 ")) {
            return "GC";
        }
        return "other";
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The CPU each part used between two readings. */
    static Map<String, Duration> between(Map<String, Duration> before, Map<String, Duration> after) {
        Map<String, Duration> used = new LinkedHashMap<>();
        after.forEach((part, total) -> used.put(part, total.minus(before.getOrDefault(part, Duration.ZERO))));
        return used;
    }
}
