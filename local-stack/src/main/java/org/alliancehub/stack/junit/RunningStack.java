package org.alliancehub.stack.junit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancehub.contracts.security.SigningKeys;
import org.alliancehub.stack.ConfigNames;
import org.alliancehub.stack.ElasticsearchNode;
import org.alliancehub.stack.PayaraMicroServer;
import org.alliancehub.stack.PostgresServer;
import org.alliancehub.stack.ServiceSecrets;
import org.alliancehub.stack.StackException;
import org.alliancehub.stack.StackFiles;

/**
 * The engines of one module's test run: started once, shared by its test classes, stopped at the end.
 * Tests use it to reach the side services and to stop and restart Elasticsearch.
 */
public final class RunningStack implements AutoCloseable {

    private static final String METRICS_TOKEN = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();

    private final StackFiles files;
    private final Path work;
    private final PostgresServer postgres;
    private ElasticsearchNode elasticsearch;
    private final PayaraMicroServer sideServices;
    private final String sideServicesUrl;
    private final ServiceSecrets secrets;

    private RunningStack(StackFiles files, Path work, PostgresServer postgres, ElasticsearchNode elasticsearch,
                         PayaraMicroServer sideServices) {
        this.files = files;
        this.work = work;
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.sideServices = sideServices;
        this.sideServicesUrl = sideServices == null ? null : sideServices.url();
        this.secrets = TEST_SECRETS;
    }

    /** One key pair and admin password per test run, so that no credential is written into the repository. */
    private static final ServiceSecrets TEST_SECRETS = ServiceSecrets.generate();
    /** The key tokens were signed with before a rotation: every deployment under test still accepts it. */
    private static final KeyPair PREVIOUS_SIGNING_KEY = ServiceSecrets.generateSigningKey();

    /** The signing key of before the rotation the tests' verifiers are in the grace period of. */
    public static KeyPair previousSigningKey() {
        return PREVIOUS_SIGNING_KEY;
    }

    static RunningStack start(RealStack wanted) {
        return start(wanted.elasticsearch(), wanted.services());
    }

    /** The same stack for a program (a benchmark): engines, then one Payara Micro with the services. */
    public static RunningStack start(boolean withElasticsearch, RealStack.Service... services) {
        StackFiles files = StackFiles.fromSystemProperty();
        Path work = Path.of(System.getProperty("alliancehub.test.work", "target/it-work")).toAbsolutePath();
        PostgresServer postgres = null;
        ElasticsearchNode elasticsearch = null;
        try {
            postgres = PostgresServer.start(work.resolve("postgres"), 0, true);
            if (withElasticsearch) {
                deleteQuietly(work.resolve("elasticsearch-data"));
                elasticsearch = ElasticsearchNode.start(elasticsearchSettings(files, work, 0));
            }
            PayaraMicroServer side = null;
            RunningStack partial = new RunningStack(files, work, postgres, elasticsearch, null);
            if (services.length > 0) {
                int port = org.alliancehub.stack.FreePort.find();
                Map<String, String> props = new LinkedHashMap<>(partial.configFor("http://localhost:" + port));
                List<PayaraMicroServer.Deployment> deployments = new ArrayList<>();
                List<String> readiness = new ArrayList<>();
                for (RealStack.Service service : services) {
                    deployments.add(new PayaraMicroServer.Deployment(files.require(service.war()), service.contextRoot()));
                    readiness.add(service.readinessPath());
                }
                side = PayaraMicroServer.start(new PayaraMicroServer.Settings(files.payaraMicro(), deployments, port,
                        props, Map.of(), jvmOptions(), work.resolve("side-services"), readiness, Duration.ofSeconds(180)));
            }
            return new RunningStack(files, work, postgres, elasticsearch, side);
        } catch (RuntimeException e) {
            if (elasticsearch != null) {
                elasticsearch.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    private static ElasticsearchNode.Settings elasticsearchSettings(StackFiles files, Path work, int port) {
        return new ElasticsearchNode.Settings(files.elasticsearch(), files.analysisShim(), work.resolve("elasticsearch"),
                work.resolve("elasticsearch-data"), work.resolve("elasticsearch-logs"), port, "512m");
    }

    public static List<String> jvmOptions() {
        String options = System.getProperty("alliancehub.test.jvm", "");
        return Arrays.stream(options.split("\\s+")).filter(s -> !s.isBlank()).toList();
    }

    /**
     * The configuration every service gets: database, Elasticsearch and the services' own addresses.
     * {@code servicesBaseUrl} is where the side services listen; the deployment under test reaches them there.
     */
    Map<String, String> configFor(String servicesBaseUrl) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(ConfigNames.DATABASE_URL, postgres.jdbcUrl());
        config.put(ConfigNames.DATABASE_USER, postgres.user());
        config.put(ConfigNames.DATABASE_PASSWORD, postgres.password());
        if (elasticsearch != null) {
            config.put(ConfigNames.ELASTICSEARCH_URL, elasticsearch.url());
        }
        if (servicesBaseUrl != null) {
            config.put(ConfigNames.CONTENT_URL, servicesBaseUrl + "/content");
            config.put(ConfigNames.SEARCH_URL, servicesBaseUrl + "/search");
            // the portal under test runs in a Payara of its own: downloads go to the side services
            config.put(ConfigNames.CONTENT_PUBLIC_URL, servicesBaseUrl + "/content");
        }
        config.put(ConfigNames.INDEXER_POLL_MILLIS, "200");
        // tests see an account's change at once; the default keeps an answer a minute
        config.put("alliancehub.security.account-cache-seconds", "0");
        config.putAll(secrets.config());
        // verifiers in a rotation's grace period: a JWK Set of the current key and the previous one
        // (./run and LauncherIT keep the single-key form), base64 as MicroProfile JWT also takes it,
        // so that the command line that starts Payara Micro carries it whole
        config.put(ConfigNames.JWT_PUBLIC_KEY, Base64.getEncoder().encodeToString(SigningKeys.jwks(List.of(
                SigningKeys.publicKey(secrets.jwtPublicKey()), (RSAPublicKey) PREVIOUS_SIGNING_KEY.getPublic()))
                .getBytes(StandardCharsets.UTF_8)));
        config.put(ConfigNames.FILES_DIR, work.resolve("files").toString());
        config.put(ConfigNames.METRICS_TOKEN, METRICS_TOKEN);
        // tests sweep unreferenced files at once; the default waits a day
        config.put("alliancehub.files.unreferenced-grace-minutes", "0");
        // small enough to test the limit with a generated file
        config.put(ConfigNames.UPLOAD_MAX_BYTES, Long.toString(5L * 1024 * 1024));
        return config;
    }

    /** The configuration for the deployment under test, which reaches the side services (if any). */
    public Map<String, String> configForDeploymentUnderTest() {
        return configFor(sideServicesUrl);
    }

    /**
     * Starts {@code services} in a Payara Micro process of the caller's own, on a free port, with the
     * stack's configuration and {@code extraConfig} on top; the caller stops or kills it. For tests of
     * what a service does across its own restarts.
     */
    public PayaraMicroServer startServices(Map<String, String> extraConfig, RealStack.Service... services) {
        List<PayaraMicroServer.Deployment> deployments = new ArrayList<>();
        List<String> readiness = new ArrayList<>();
        for (RealStack.Service service : services) {
            deployments.add(new PayaraMicroServer.Deployment(files.require(service.war()), service.contextRoot()));
            readiness.add(service.readinessPath());
        }
        return startDeployments(extraConfig, deployments, readiness);
    }

    /**
     * Like {@link #startServices}, for the module's own WAR (which its stack folder does not hold):
     * {@code service} says where it goes and when it is ready.
     */
    public PayaraMicroServer startOwnWar(Map<String, String> extraConfig, java.nio.file.Path war, RealStack.Service service) {
        return startDeployments(extraConfig, List.of(new PayaraMicroServer.Deployment(war, service.contextRoot())),
                List.of(service.readinessPath()));
    }

    private PayaraMicroServer startDeployments(Map<String, String> extraConfig, List<PayaraMicroServer.Deployment> deployments,
                                               List<String> readiness) {
        int port = org.alliancehub.stack.FreePort.find();
        Map<String, String> props = new LinkedHashMap<>(configFor("http://localhost:" + port));
        props.putAll(extraConfig);
        return PayaraMicroServer.start(new PayaraMicroServer.Settings(files.payaraMicro(), deployments, port, props, Map.of(),
                jvmOptions(), work.resolve("services-" + port), readiness, Duration.ofSeconds(180)));
    }

    /**
     * A node of the caller's own with security on (TLS on HTTP with a certificate made for it, the
     * given superuser), beside the stack's: what a production cluster asks of the search service.
     * The caller closes it.
     */
    public ElasticsearchNode startSecuredElasticsearch(org.alliancehub.stack.ElasticsearchSecurity security) {
        deleteQuietly(work.resolve("elasticsearch-secured-data"));
        return ElasticsearchNode.start(new ElasticsearchNode.Settings(files.elasticsearch(), files.analysisShim(),
                work.resolve("elasticsearch-secured"), work.resolve("elasticsearch-secured-data"),
                work.resolve("elasticsearch-secured-logs"), 0, "512m").secured(security));
    }

    /** The Authorization header that reads the services' meters: user metrics, the token made for this run. */
    public static String metricsAuthorization() {
        return metricsAuthorization(METRICS_TOKEN);
    }

    public static String metricsAuthorization(String token) {
        return "Basic " + Base64.getEncoder().encodeToString(("metrics:" + token).getBytes(StandardCharsets.UTF_8));
    }

    /** The password of the first account, "admin", which the content service creates on start. */
    public String adminPassword() {
        return secrets.adminPassword();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String databaseUser() {
        return postgres.user();
    }

    public String databasePassword() {
        return postgres.password();
    }

    /** Where the side services listen, e.g. {@code http://localhost:41234}; their context roots follow. */
    public String sideServicesUrl() {
        if (sideServicesUrl == null) {
            throw new StackException("This test class asked for no side services");
        }
        return sideServicesUrl;
    }

    public String elasticsearchUrl() {
        requireElasticsearch();
        return elasticsearch.url();
    }

    /** Stops PostgreSQL, keeping its data, as a restart or failover would: every open connection is cut. */
    public void stopPostgres() {
        postgres.stop();
    }

    /** Starts PostgreSQL again on the same port with the same data. */
    public void startPostgres() {
        postgres.startAgain();
    }

    /** Stops the Elasticsearch node, keeping its data, to test how the services live without it. */
    public void stopElasticsearch() {
        requireElasticsearch();
        elasticsearch.close();
    }

    /** Freezes the node (SIGSTOP): its port stays open, nothing answers. {@link #resumeElasticsearch()} undoes it. */
    public void freezeElasticsearch() {
        requireElasticsearch();
        elasticsearch.freeze();
    }

    public void resumeElasticsearch() {
        requireElasticsearch();
        elasticsearch.resume();
    }

    /** Starts the node again on the same port with the same data. */
    public void restartElasticsearch() {
        requireElasticsearch();
        if (elasticsearch.isRunning()) {
            return;
        }
        elasticsearch = ElasticsearchNode.start(elasticsearch.settings());
    }

    private void requireElasticsearch() {
        if (elasticsearch == null) {
            throw new StackException("This test class did not ask for Elasticsearch (@RealStack(elasticsearch = true))");
        }
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (AutoCloseable part : new AutoCloseable[] {sideServices, elasticsearch, postgres}) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                failures.add(new StackException("Stopping " + part.getClass().getSimpleName() + " failed", e));
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new StackException("Cannot clear " + dir, e);
        }
    }
}
