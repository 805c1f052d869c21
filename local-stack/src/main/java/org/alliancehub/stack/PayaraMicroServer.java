package org.alliancehub.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One Payara Micro process serving several WARs, each at its own context root, configured
 * through system properties that the applications read with MicroProfile Config.
 */
public final class PayaraMicroServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraMicroServer.class.getName());
    /**
     * Names Payara's JSON-P implementation. Without it every {@code Json.createReader} in the runtime
     * (MP-JWT parses each request's token with one) runs a ServiceLoader scan of the application's
     * class path: about a tenth of the CPU of a busy content service.
     */
    static final String JSON_PROVIDER_PROPERTY = "jakarta.json.provider";
    static final String JSON_PROVIDER = "org.eclipse.parsson.JsonProviderImpl";

    private final ChildProcess process;
    private final int port;

    /** A WAR and the context root it is served at ({@code /content}, or {@code /} for the portal). */
    public record Deployment(Path war, String contextRoot) {
    }

    /** What to run: {@code readinessPaths} must all answer 2xx before the server counts as started. */
    public record Settings(Path microJar, List<Deployment> deployments, int port, Map<String, String> systemProperties,
                           Map<String, String> environment, List<String> jvmOptions, Path workDirectory,
                           List<String> readinessPaths, Duration startTimeout) {
    }

    private PayaraMicroServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PayaraMicroServer start(Settings settings) {
        int port = settings.port() == 0 ? FreePort.find() : settings.port();
        if (!FreePort.isFree(port)) {
            throw new StackException("Port " + port + " is taken: Payara Micro cannot listen there. "
                    + "Choose another with ALLIANCEHUB_HTTP_PORT.");
        }
        try {
            Files.createDirectories(settings.workDirectory());
        } catch (java.io.IOException e) {
            throw new StackException("Cannot create " + settings.workDirectory(), e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        if (settings.jvmOptions().stream().noneMatch(o -> o.startsWith("-D" + JSON_PROVIDER_PROPERTY + "="))) {
            command.add("-D" + JSON_PROVIDER_PROPERTY + "=" + JSON_PROVIDER);
        }
        command.add("-Djava.io.tmpdir=" + settings.workDirectory().toAbsolutePath());
        settings.systemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(settings.microJar().toAbsolutePath().toString());
        command.add("--nohazelcast");
        command.add("--port");
        command.add(Integer.toString(port));
        for (Deployment deployment : settings.deployments()) {
            command.add("--deploy");
            command.add(deployment.war().toAbsolutePath() + ":" + deployment.contextRoot());
        }
        ChildProcess process = ChildProcess.start("Payara Micro", command, settings.workDirectory(), settings.environment(),
                settings.workDirectory().resolve("payara-micro.log"));
        PayaraMicroServer server = new PayaraMicroServer(process, port);
        try {
            for (String path : settings.readinessPaths()) {
                HttpProbe.awaitOk(URI.create(server.url() + path), settings.startTimeout(), process::isAlive, process::logTail);
            }
        } catch (RuntimeException e) {
            process.stop(10);
            throw e;
        }
        LOG.info(() -> "Payara Micro is up at " + server.url() + " (pid " + process.pid() + ")");
        return server;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.stop(30);
    }
}
