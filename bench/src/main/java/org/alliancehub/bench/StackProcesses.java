package org.alliancehub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The memory of the processes a local stack runs from one data folder, read from Linux's
 * {@code /proc}: every process whose command line names the folder, with all its children (the
 * Elasticsearch launcher and its server JVM, the PostgreSQL server and its backends), counted once.
 * Memory is the proportional set size (PSS): shared pages are split between the processes that
 * share them, so PostgreSQL's shared buffers are not counted once per backend.
 */
final class StackProcesses {

    private static final Pattern PSS = Pattern.compile("^Pss:\\s+(\\d+) kB", Pattern.MULTILINE);
    private static final Pattern RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);

    private record Proc(long pid, long parent, String commandLine) {
    }

    private final Path dataDirectory;

    StackProcesses(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** Each process of the stack (named by the sub-folder of the data folder it works in) → its memory and its children's, in MiB. */
    Map<String, Double> memoryMiB() {
        Map<String, Double> memory = new TreeMap<>();
        trees().forEach((name, tree) -> memory.merge(name, tree.stream().mapToLong(p -> kibibytes(p.pid())).sum() / 1024.0, Double::sum));
        return memory;
    }

    /** Each process of the stack, named as in {@link #memoryMiB()} → the CPU time it and its children have used so far. */
    Map<String, Duration> cpu() {
        Map<String, Duration> cpu = new TreeMap<>();
        trees().forEach((name, tree) -> cpu.merge(name, tree.stream()
                .map(p -> ProcessHandle.of(p.pid()).flatMap(h -> h.info().totalCpuDuration()).orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus), Duration::plus));
        return cpu;
    }

    /** The stack's top processes, each with its descendants, by name. */
    private Map<String, List<Proc>> trees() {
        Map<Long, Proc> all = processes();
        long self = ProcessHandle.current().pid();
        String marker = dataDirectory + "/";
        Pattern folders = Pattern.compile(Pattern.quote(marker) + "([^/\\s]+)(?:/([^/\\s]+))?");
        Map<Long, List<Proc>> children = new HashMap<>();
        all.values().forEach(p -> children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p));
        Map<String, List<Proc>> trees = new TreeMap<>();
        for (Proc process : all.values()) {
            Proc parent = all.get(process.parent());
            boolean named = process.commandLine().contains(marker) && process.pid() != self;
            boolean parentNamed = parent != null && parent.commandLine().contains(marker);
            if (!named || parentNamed) {
                continue;
            }
            List<Proc> tree = new ArrayList<>();
            collect(process, children, tree);
            trees.computeIfAbsent(name(tree, folders), k -> new ArrayList<>()).addAll(tree);
        }
        return trees;
    }

    private static void collect(Proc process, Map<Long, List<Proc>> children, List<Proc> tree) {
        tree.add(process);
        for (Proc child : children.getOrDefault(process.pid(), List.of())) {
            collect(child, children, tree);
        }
    }

    /** The most telling sub-folder the tree's command lines name: an Elasticsearch node's own configuration, else the first one. */
    private static String name(List<Proc> tree, Pattern folders) {
        String first = null;
        for (Proc process : tree) {
            Matcher folder = folders.matcher(process.commandLine());
            while (folder.find()) {
                if (folder.group(2) != null && folder.group(2).startsWith("config-")) {
                    return "elasticsearch " + folder.group(2).substring("config-".length());
                }
                if (first == null) {
                    first = folder.group(1);
                }
            }
        }
        return first;
    }

    private static Map<Long, Proc> processes() {
        Map<Long, Proc> all = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String pid = entry.getFileName().toString();
                if (!pid.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String commandLine = new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    String stat = Files.readString(entry.resolve("stat"));
                    // the fields after the command name in parentheses, which may itself hold spaces
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    all.put(Long.parseLong(pid), new Proc(Long.parseLong(pid), Long.parseLong(fields[1]), commandLine));
                } catch (IOException | RuntimeException gone) {
                    // the process ended while the list was read
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc: the memory figures need Linux", e);
        }
        return all;
    }

    private static long kibibytes(long pid) {
        try {
            Path rollup = Path.of("/proc", Long.toString(pid), "smaps_rollup");
            if (Files.isReadable(rollup)) {
                Matcher pss = PSS.matcher(Files.readString(rollup));
                if (pss.find()) {
                    return Long.parseLong(pss.group(1));
                }
            }
            Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return rss.find() ? Long.parseLong(rss.group(1)) : 0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
