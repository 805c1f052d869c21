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
     * Names the implementations of the factory APIs that the runtime and the parsers look up on every
     * use. Without a name, each lookup is a ServiceLoader scan of the application's whole class path:
     * MP-JWT reads every request's token with {@code Json.createReader}, and POI's XmlBeans asks
     * {@code SAXParserFactory.newInstance()} for every part of every Word or PowerPoint file it opens.
     * Neither Payara nor the applications bring another implementation, so each scan ends at the
     * one named here: the same answer, without the scan (together about a sixth of a busy content
     * service's CPU). A JVM option that names one already wins.
     */
    static final Map<String, String> FACTORY_IMPLEMENTATIONS = Map.of(
            "jakarta.json.provider", "org.eclipse.parsson.JsonProviderImpl",
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");

    private final ChildProcess process;
    private final int port;

    /** A WAR and the context root it is served at ({@code /content}, or {@code /} for the portal). */
    public record Deployment(Path war, String contextRoot) {
    }

    /** How Payara Micro writes its log: its own plain lines, or one JSON object per line. */
    public enum LogFormat {
        TEXT, JSON
    }

    /** The logging configuration of the JSON format, also copied into the container images. */
    static final String JSON_LOGGING = "json-logging.properties";
    /** Commands Payara Micro runs before it boots (it closes Payara's own /metrics), also in the images. */
    static final String PREBOOT_COMMANDS = "payara-preboot.asadmin";

    /** What to run: {@code readinessPaths} must all answer 2xx before the server counts as started. */
    public record Settings(Path microJar, List<Deployment> deployments, int port, Map<String, String> systemProperties,
                           Map<String, String> environment, List<String> jvmOptions, Path workDirectory,
                           List<String> readinessPaths, Duration startTimeout, LogFormat logFormat) {

        public Settings(Path microJar, List<Deployment> deployments, int port, Map<String, String> systemProperties,
                        Map<String, String> environment, List<String> jvmOptions, Path workDirectory,
                        List<String> readinessPaths, Duration startTimeout) {
            this(microJar, deployments, port, systemProperties, environment, jvmOptions, workDirectory, readinessPaths,
                    startTimeout, LogFormat.TEXT);
        }
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
        new java.util.TreeMap<>(FACTORY_IMPLEMENTATIONS).forEach((property, implementation) -> {
            if (settings.jvmOptions().stream().noneMatch(o -> o.startsWith("-D" + property + "="))) {
                command.add("-D" + property + "=" + implementation);
            }
        });
        command.add("-Djava.io.tmpdir=" + settings.workDirectory().toAbsolutePath());
        settings.systemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(settings.microJar().toAbsolutePath().toString());
        command.add("--nohazelcast");
        command.add("--prebootcommandfile");
        command.add(copied(PREBOOT_COMMANDS, settings.workDirectory()).toString());
        if (settings.logFormat() == LogFormat.JSON) {
            command.add("--logproperties");
            command.add(copied(JSON_LOGGING, settings.workDirectory()).toString());
        }
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

    /** One of this jar's Payara files, written to the work folder where Payara Micro reads it. */
    private static Path copied(String resource, Path directory) {
        Path file = directory.resolve(resource).toAbsolutePath();
        try (var in = PayaraMicroServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StackException(resource + " is missing from the local-stack jar");
            }
            Files.write(file, in.readAllBytes());
            return file;
        } catch (java.io.IOException e) {
            throw new StackException("Cannot write " + file, e);
        }
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

    /** Kills the process at once (SIGKILL): what a crash leaves behind is what the next start finds. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.stop(30);
    }
}
