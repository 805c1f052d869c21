package org.alliancehub.launcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.alliancehub.stack.ConfigNames;
import org.alliancehub.stack.ElasticsearchCluster;
import org.alliancehub.stack.ElasticsearchNode;
import org.alliancehub.stack.FreePort;
import org.alliancehub.stack.NginxProxy;
import org.alliancehub.stack.HttpProbe;
import org.alliancehub.stack.PayaraMicroServer;
import org.alliancehub.stack.PostgresServer;
import org.alliancehub.stack.ServiceSecrets;
import org.alliancehub.stack.StackException;
import org.alliancehub.stack.StackFiles;

/**
 * {@code ./run}: starts embedded PostgreSQL (unless ALLIANCEHUB_DATABASE_URL names a server), a
 * local Elasticsearch node or cluster of ALLIANCEHUB_ELASTICSEARCH_NODES (unless
 * ALLIANCEHUB_ELASTICSEARCH_URL names one) and ALLIANCEHUB_INSTANCES Payara Micro instances with
 * the three WARs, behind a local nginx when there are several; waits until all are healthy; loads
 * demo content on first start; stops everything on Ctrl-C. Data stays under ALLIANCEHUB_DATA_DIR
 * between runs.
 */
public final class Launcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<PayaraMicroServer> instances = new ArrayList<>();
    private ElasticsearchCluster elasticsearchCluster;
    private String base;

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$-7s %3$s: %5$s%6$s%n");
        Launcher launcher = new Launcher();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stopAll();
            stopped.countDown();
        }, "alliancehub-shutdown"));
        try {
            LauncherSettings settings = LauncherSettings.from(System.getenv(), defaultStackDirectory());
            launcher.start(settings);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "The stack did not start: " + e.getMessage(), e instanceof StackException ? null : e);
            System.exit(1);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void start(LauncherSettings settings) throws Exception {
        long begin = System.nanoTime();
        StackFiles files = new StackFiles(settings.stackDirectory());
        Path data = settings.dataDirectory();
        Map<String, String> config = new LinkedHashMap<>();

        if (settings.databaseUrl().isPresent()) {
            config.put(ConfigNames.DATABASE_URL, settings.databaseUrl().get());
            config.put(ConfigNames.DATABASE_USER, settings.databaseUser().orElse("alliancehub"));
            config.put(ConfigNames.DATABASE_PASSWORD, settings.databasePassword().orElse(""));
            LOG.info("Using the PostgreSQL server at " + settings.databaseUrl().get());
        } else {
            PostgresServer postgres = PostgresServer.start(data.resolve("postgres"), settings.postgresPort(), false);
            started.add(postgres);
            config.put(ConfigNames.DATABASE_URL, postgres.jdbcUrl());
            config.put(ConfigNames.DATABASE_USER, postgres.user());
            config.put(ConfigNames.DATABASE_PASSWORD, postgres.password());
        }

        if (settings.elasticsearchUrl().isPresent()) {
            config.put(ConfigNames.ELASTICSEARCH_URL, settings.elasticsearchUrl().get());
            LOG.info("Using the Elasticsearch cluster at " + settings.elasticsearchUrl().get());
        } else if (settings.elasticsearchNodes() > 1) {
            // a cluster's data is its own: a single node's data cannot join it
            elasticsearchCluster = ElasticsearchCluster.start(new ElasticsearchNode.Settings(files.elasticsearch(),
                    files.analysisShim(), data.resolve("elasticsearch-node"), data.resolve("elasticsearch-cluster"),
                    data.resolve("logs/elasticsearch-cluster"), settings.elasticsearchPort(), settings.elasticsearchHeap()),
                    settings.elasticsearchNodes());
            started.add(elasticsearchCluster);
            config.put(ConfigNames.ELASTICSEARCH_URL, elasticsearchCluster.urls());
        } else {
            ElasticsearchNode node = ElasticsearchNode.start(new ElasticsearchNode.Settings(files.elasticsearch(),
                    files.analysisShim(), data.resolve("elasticsearch-node"), data.resolve("elasticsearch"),
                    data.resolve("logs/elasticsearch"), settings.elasticsearchPort(), settings.elasticsearchHeap()));
            started.add(node);
            config.put(ConfigNames.ELASTICSEARCH_URL, node.url());
        }

        base = "http://localhost:" + settings.httpPort();
        ServiceSecrets secrets = ServiceSecrets.keptIn(secretsDirectory(settings));
        // every instance shares the one file store: a file uploaded through one is read through any
        config.put(ConfigNames.FILES_DIR, data.resolve("files").toString());
        config.put(ConfigNames.TRUSTED_PROXIES, settings.trustedProxies());
        // secrets go in the environment of Payara Micro, not on its command line where ps shows them
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("ALLIANCEHUB_JWT_PRIVATE_KEY", secrets.jwtPrivateKey());
        environment.put("MP_JWT_VERIFY_PUBLICKEY", secrets.jwtPublicKey());
        environment.put("ALLIANCEHUB_ADMIN_INITIAL_PASSWORD", secrets.adminPassword());
        // unset, every service's operations/metrics stays closed
        settings.metricsToken().ifPresent(token -> environment.put("ALLIANCEHUB_METRICS_TOKEN", token));

        for (int i = 0; i < settings.instances(); i++) {
            int port = settings.behindProxy() ? FreePort.find() : settings.httpPort();
            // an instance calls the services it holds itself; readers' downloads stay relative (/content), through the proxy
            String own = "http://localhost:" + port;
            Map<String, String> instanceConfig = new LinkedHashMap<>(config);
            instanceConfig.put(ConfigNames.CONTENT_URL, own + "/content");
            instanceConfig.put(ConfigNames.SEARCH_URL, own + "/search");
            PayaraMicroServer payara = PayaraMicroServer.start(new PayaraMicroServer.Settings(
                    files.payaraMicro(),
                    List.of(new PayaraMicroServer.Deployment(files.require(StackFiles.CONTENT_SERVICE), "/content"),
                            new PayaraMicroServer.Deployment(files.require(StackFiles.SEARCH_SERVICE), "/search"),
                            new PayaraMicroServer.Deployment(files.require(StackFiles.WEB_UI), "/")),
                    port, instanceConfig, environment,
                    List.of("-Xmx" + settings.payaraHeap(), "-XX:+UseSerialGC"),
                    settings.behindProxy() ? data.resolve("payara-" + (i + 1)) : data.resolve("payara"),
                    List.of("/content/api/changes?limit=1", "/search/api/search?q=ready", "/", "/health/ready"),
                    Duration.ofMinutes(5), settings.logFormat()));
            started.add(payara);
            instances.add(payara);
        }
        if (settings.behindProxy()) {
            started.add(NginxProxy.start(settings.httpPort(), instances.stream().map(PayaraMicroServer::port).toList(),
                    data.resolve("proxy"), "/search/api/search?q=ready"));
        }
        PayaraMicroServer payara = instances.get(0);

        if (settings.demoContent()) {
            String partnerPassword = ServiceSecrets.kept(secretsDirectory(settings), DEMO_PARTNER_FILE);
            int published = new DemoContent(base + "/content", secrets.adminPassword(), LocalDate.now())
                    .withPartner(DemoContent.DEMO_PARTNER, partnerPassword).loadIfEmpty();
            if (published > 0) {
                // the portal is ready for a newcomer when the demo is searchable
                awaitIndexed(base, payara);
            }
        }

        double seconds = (System.nanoTime() - begin) / 1e9;
        LOG.info(String.format("Alliance Outreach Hub is ready in %.1f s%n"
                        + "  Portal:          %s/%n"
                        + "  Content API:     %s/content/api   (OpenAPI: %s/openapi)%n"
                        + "  Search API:      %s/search/api/search?q=caida&lang=es%n"
                        + "  Health:          %s/health/ready%n"
                        + "  Sign in:         admin, password in %s%n"
                        + "  Partner workspace: %s/partner/   (%s, password in %s)%n"
                        + "  Data:            %s%n"
                        + "  Scale:           %s%n"
                        + "Press Ctrl-C to stop.",
                seconds, base, base, base, base, base,
                secretsDirectory(settings).resolve("admin-password"),
                base, DemoContent.DEMO_PARTNER, secretsDirectory(settings).resolve(DEMO_PARTNER_FILE),
                data, scale(settings)));
    }

    /** Waits until the demo's Spanish falls material is searchable, so the first search a newcomer types works. */
    private static void awaitIndexed(String base, PayaraMicroServer payara) throws URISyntaxException {
        try {
            HttpProbe.awaitBody(new URI(base + "/search/api/search?q=caida&lang=es"), body -> !body.contains("\"total\":0"),
                    Duration.ofMinutes(1), payara::isRunning, () -> "the search service did not find the demo content");
        } catch (StackException e) {
            LOG.warning("The demo content is not searchable yet; the indexer is still catching up");
        }
    }

    private String scale(LauncherSettings settings) {
        String search = elasticsearchCluster != null ? "an Elasticsearch cluster of " + elasticsearchCluster.size() + " nodes"
                : settings.elasticsearchUrl().isPresent() ? "the given Elasticsearch" : "one Elasticsearch node";
        String services = settings.behindProxy()
                ? settings.instances() + " Payara Micro instances (ports " + instances.stream().map(PayaraMicroServer::port).toList()
                        + ") behind nginx, logs in " + settings.dataDirectory().resolve("proxy/logs")
                : "one Payara Micro";
        return search + ", " + services;
    }

    /** Where readers reach the system: the proxy when there is one, else the one instance. */
    String base() {
        return base;
    }

    /** The Payara Micro instances, in the order they started. */
    List<PayaraMicroServer> instances() {
        return List.copyOf(instances);
    }

    /** The local Elasticsearch cluster, when ALLIANCEHUB_ELASTICSEARCH_NODES asked for one. */
    ElasticsearchCluster elasticsearchCluster() {
        return elasticsearchCluster;
    }

    /** Stops what {@link #start} started, in reverse order. */
    @Override
    public void close() {
        stopAll();
    }

    private void stopAll() {
        if (started.isEmpty()) {
            return;
        }
        LOG.info("Stopping the stack");
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Stopping " + started.get(i).getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        started.clear();
    }

    /** Keys and the first admin password, owner-readable only, kept with the data they protect. */
    /** The file that keeps the demo partner's password, beside the admin's. */
    static final String DEMO_PARTNER_FILE = DemoContent.DEMO_PARTNER + "-password";

    static Path secretsDirectory(LauncherSettings settings) {
        return settings.dataDirectory().resolve("secrets");
    }

    /** The stack folder beside the launcher jar ({@code launcher/target/stack}). */
    private static Path defaultStackDirectory() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("stack");
        } catch (URISyntaxException e) {
            return Path.of("launcher/target/stack");
        }
    }
}
