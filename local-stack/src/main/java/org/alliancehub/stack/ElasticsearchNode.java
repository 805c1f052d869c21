package org.alliancehub.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A local Elasticsearch node from the Maven Central distribution zip, with the project's analysis
 * shim plugin installed, listening on loopback only: a single-node cluster, or one member of an
 * {@link ElasticsearchCluster}.
 *
 * <p>Elasticsearch refuses to run as root; when this JVM is root, the node runs as the
 * unprivileged user {@value UnprivilegedUser#NAME} (created if needed) through {@code setpriv}.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ElasticsearchNode.class.getName());
    private static final String INSTALL_MARKER = ".alliancehub-install";

    private final ChildProcess process;
    private final int httpPort;
    private final Settings settings;
    private final Path config;

    /**
     * Where and how to run the node; {@code membership} is null for a single-node cluster.
     * Several nodes share one installation under {@code installRoot}, each with its own configuration.
     */
    public record Settings(Path distribution, Path analysisShim, Path installRoot, Path dataDirectory,
                           Path logDirectory, int httpPort, String heap, Membership membership,
                           ElasticsearchSecurity security) {

        public Settings(Path distribution, Path analysisShim, Path installRoot, Path dataDirectory,
                        Path logDirectory, int httpPort, String heap, Membership membership) {
            this(distribution, analysisShim, installRoot, dataDirectory, logDirectory, httpPort, heap, membership, null);
        }

        public Settings(Path distribution, Path analysisShim, Path installRoot, Path dataDirectory,
                        Path logDirectory, int httpPort, String heap) {
            this(distribution, analysisShim, installRoot, dataDirectory, logDirectory, httpPort, heap, null, null);
        }

        public Settings withHttpPort(int port) {
            return new Settings(distribution, analysisShim, installRoot, dataDirectory, logDirectory, port, heap, membership,
                    security);
        }

        /** A single node with security on (TLS on HTTP, a superuser); see {@link ElasticsearchSecurity}. */
        public Settings secured(ElasticsearchSecurity with) {
            if (membership != null) {
                throw new IllegalArgumentException("Security is for a single node here; a cluster's nodes would need TLS between them");
            }
            return new Settings(distribution, analysisShim, installRoot, dataDirectory, logDirectory, httpPort, heap, null, with);
        }
    }

    /**
     * A node's place in a cluster of several: its name, its transport port and every member's
     * transport port (the seed hosts; the first start bootstraps the cluster from all their names).
     */
    public record Membership(String nodeName, int transportPort, List<Integer> memberTransportPorts,
                             List<String> memberNames) {
    }

    private ElasticsearchNode(ChildProcess process, int httpPort, Settings settings, Path config) {
        this.process = process;
        this.httpPort = httpPort;
        this.settings = settings;
        this.config = config;
    }

    /** Installs (once per distribution and shim), configures and starts the node, and waits until it is healthy. */
    public static ElasticsearchNode start(Settings settings) {
        ElasticsearchNode node = launch(settings);
        node.awaitUp();
        return node;
    }

    /**
     * Installs, configures and starts the node without waiting for it: the members of a new cluster
     * must all be starting before any of them can elect a master.
     */
    static ElasticsearchNode launch(Settings settings) {
        int port = settings.httpPort() == 0 ? FreePort.find() : settings.httpPort();
        Settings effective = settings.withHttpPort(port);
        if (!FreePort.isFree(port)) {
            throw new StackException("Port " + port + " is taken: Elasticsearch cannot listen there. "
                    + "Choose another with ALLIANCEHUB_ELASTICSEARCH_PORT.");
        }
        Path home = install(effective);
        Path config = configure(home, effective);
        UnprivilegedUser runAs = UnprivilegedUser.whenRoot();
        if (runAs != null) {
            LOG.info("Running as root: Elasticsearch refuses root, so it runs as user '" + UnprivilegedUser.NAME + "'");
            runAs.own(home, config, effective.dataDirectory(), effective.logDirectory());
        }
        List<String> command = new ArrayList<>();
        if (runAs != null) {
            command.addAll(runAs.commandPrefix());
        }
        command.add(home.resolve("bin/elasticsearch").toString());
        Map<String, String> env = Map.of(
                "ES_JAVA_HOME", javaHome(),
                "ES_PATH_CONF", config.toString(),
                "ES_JAVA_OPTS", "-Xms" + effective.heap() + " -Xmx" + effective.heap());
        ChildProcess process = ChildProcess.start("Elasticsearch", command, home, env,
                effective.logDirectory().resolve("console.log"));
        return new ElasticsearchNode(process, port, effective, config);
    }

    /** Waits until the node answers with a cluster of at least yellow health; stops it when it does not. */
    void awaitUp() {
        URI health = URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
        try {
            if (settings.security() == null) {
                HttpProbe.awaitOk(health, Duration.ofSeconds(180), process::isAlive, process::logTail);
            } else {
                HttpProbe.awaitOk(health, Duration.ofSeconds(180), process::isAlive, process::logTail,
                        java.net.http.HttpClient.newBuilder().sslContext(ElasticsearchSecurity.trusting(certificate()))
                                .connectTimeout(Duration.ofSeconds(2)).build(),
                        settings.security().authorization());
            }
        } catch (RuntimeException e) {
            process.stop(10);
            throw e;
        }
        LOG.info(() -> "Elasticsearch is up at " + url() + ", data in " + settings.dataDirectory());
    }

    /** Kills the node at once (SIGKILL), as a crashed machine would leave it: no shutdown, no flush. */
    public void kill() {
        process.kill();
    }

    public String url() {
        return (settings.security() == null ? "http" : "https") + "://127.0.0.1:" + httpPort;
    }

    /** The certificate a secured node's clients trust (its own: it is self-signed). */
    public Path certificate() {
        if (settings.security() == null) {
            throw new StackException("This node runs without security");
        }
        return config.resolve(ElasticsearchSecurity.CERTIFICATE);
    }

    public int httpPort() {
        return httpPort;
    }

    public Settings settings() {
        return settings;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /**
     * Freezes the node (SIGSTOP): it keeps its port and accepts connections but answers nothing, as
     * a node in a long garbage collection or on a stalled disk does.
     */
    public void freeze() {
        process.signal("STOP");
    }

    /** Lets a frozen node run again (SIGCONT). */
    public void resume() {
        process.signal("CONT");
    }

    @Override
    public void close() {
        // a frozen node would not act on SIGTERM until it runs again
        if (process.isAlive()) {
            try {
                process.signal("CONT");
            } catch (StackException e) {
                LOG.fine(() -> "Resuming before stopping: " + e.getMessage());
            }
        }
        process.stop(30);
    }

    private static Path install(Settings settings) {
        try {
            String fingerprint = sha256(settings.distribution()) + "+" + sha256(settings.analysisShim());
            Files.createDirectories(settings.installRoot());
            Path marker = settings.installRoot().resolve(INSTALL_MARKER);
            Path home = settings.installRoot().resolve("node");
            if (Files.exists(marker) && Files.readString(marker).equals(fingerprint) && Files.isDirectory(home)) {
                return home;
            }
            LOG.info(() -> "Installing Elasticsearch into " + home);
            deleteRecursively(home);
            try (Stream<Path> memberConfigs = Files.list(settings.installRoot())) {
                for (Path stale : memberConfigs.filter(p -> p.getFileName().toString().startsWith("config-")).toList()) {
                    deleteRecursively(stale);
                }
            }
            unzipStrippingTopFolder(settings.distribution(), home);
            try (Stream<Path> bins = Files.list(home.resolve("bin"))) {
                bins.forEach(bin -> bin.toFile().setExecutable(true, false));
            }
            installPlugin(home, settings.analysisShim());
            Files.writeString(marker, fingerprint);
            return home;
        } catch (IOException e) {
            throw new StackException("Could not install Elasticsearch into " + settings.installRoot() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The JDK the node runs on: {@code alliancehub.elasticsearch.java-home} when set (Elasticsearch
     * 9 needs Java 21+), else the one running this process.
     */
    static String javaHome() {
        String configured = System.getProperty("alliancehub.elasticsearch.java-home", "");
        return configured.isBlank() ? System.getProperty("java.home") : configured;
    }

    private static void installPlugin(Path home, Path shim) throws IOException {
        Path log = home.resolve("logs/plugin-install.log");
        ChildProcess installer = ChildProcess.start("elasticsearch-plugin",
                List.of(home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
                        shim.toUri().toString()),
                home, Map.of("ES_JAVA_HOME", javaHome()), log);
        if (!installer.waitFor(Duration.ofMinutes(2))) {
            installer.stop(5);
            throw new StackException("Installing the analysis shim timed out:\n" + installer.logTail());
        }
        if (!Files.isDirectory(home.resolve("plugins")) || isEmpty(home.resolve("plugins"))) {
            throw new StackException("Installing the analysis shim failed:\n" + installer.logTail());
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Writes the node's configuration; returns its folder (the installation's own for a single node). */
    private static Path configure(Path home, Settings settings) {
        try {
            Files.createDirectories(settings.dataDirectory());
            Files.createDirectories(settings.logDirectory());
            Membership membership = settings.membership();
            List<String> lines = new ArrayList<>(List.of(
                    membership == null ? "cluster.name: alliancehub-local" : "cluster.name: alliancehub-local-cluster",
                    "node.name: " + (membership == null ? "alliancehub-local-1" : membership.nodeName()),
                    "path.data: " + quoted(settings.dataDirectory()),
                    "path.logs: " + quoted(settings.logDirectory()),
                    // loopback keeps the node in development mode: no production bootstrap checks
                    "network.host: 127.0.0.1",
                    "http.port: " + settings.httpPort(),
                    // a development node on a nearly full disk should still accept writes
                    "cluster.routing.allocation.disk.threshold_enabled: false",
                    "action.destructive_requires_name: true"));
            Path config = home.resolve("config");
            if (settings.security() == null) {
                lines.add("xpack.security.enabled: false");
            } else {
                lines.addAll(settings.security().settings());
                settings.security().install(home, config);
            }
            if (membership == null) {
                lines.add("transport.port: " + FreePort.find());
                lines.add("discovery.type: single-node");
            } else {
                lines.add("transport.port: " + membership.transportPort());
                lines.add("discovery.seed_hosts: " + membership.memberTransportPorts().stream()
                        .map(p -> "\"127.0.0.1:" + p + "\"").toList());
                // read only when the cluster first forms; a node that joined once remembers its cluster
                lines.add("cluster.initial_master_nodes: " + membership.memberNames().stream()
                        .map(n -> "\"" + n + "\"").toList());
                config = settings.installRoot().resolve("config-" + membership.nodeName());
                copyConfigurationOnce(home.resolve("config"), config);
            }
            lines.add("");
            Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n", lines), StandardCharsets.UTF_8);
            return config;
        } catch (IOException e) {
            throw new StackException("Could not configure Elasticsearch: " + e.getMessage(), e);
        }
    }

    /** A cluster member's configuration folder starts as a copy of the distribution's (JVM options, logging). */
    private static void copyConfigurationOnce(Path distributionConfig, Path nodeConfig) throws IOException {
        if (Files.isDirectory(nodeConfig)) {
            return;
        }
        Files.createDirectories(nodeConfig);
        try (Stream<Path> files = Files.walk(distributionConfig)) {
            for (Path source : files.toList()) {
                Path target = nodeConfig.resolve(distributionConfig.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("elasticsearch.keystore")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String quoted(Path path) {
        return "\"" + path.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path normalizedTarget = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = normalizedTarget.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(normalizedTarget)) {
                    throw new IOException("Zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
