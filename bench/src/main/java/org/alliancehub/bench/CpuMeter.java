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
