package org.alliancehub.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** A child process whose output goes to a log file, stopped politely first and forcibly after a grace period. */
final class ChildProcess {

    private static final Logger LOG = Logger.getLogger(ChildProcess.class.getName());

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Path workingDirectory, Map<String, String> environment,
                              Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            LOG.fine(() -> "Starting " + name + ": " + String.join(" ", command));
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new StackException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the process to end by itself; true when it did within {@code timeout}. */
    boolean waitFor(java.time.Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The exit status of a process that has ended. */
    int exitValue() {
        return process.exitValue();
    }

    Path log() {
        return log;
    }

    String logTail() {
        return LogTail.of(log, 40);
    }

    /** SIGKILL, as a crash or the kernel's OOM killer would: no shutdown hook runs. */
    void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Sends a signal ({@code STOP}, {@code CONT}) to the process and whatever it started: a launcher
     * script (or {@code setpriv}) may stand between this JVM and the process that does the work.
     */
    void signal(String signal) {
        List<String> command = new java.util.ArrayList<>(List.of("kill", "-" + signal, Long.toString(process.pid())));
        process.descendants().forEach(p -> command.add(Long.toString(p.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (kill.waitFor() != 0) {
                throw new StackException("kill -" + signal + " " + name + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new StackException("Could not signal " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while signalling " + name, e);
        }
    }

    /** SIGTERM, then after {@code graceSeconds} SIGKILL to the process and whatever it started. */
    void stop(int graceSeconds) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                LOG.warning(name + " did not stop within " + graceSeconds + " s; killing it");
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
