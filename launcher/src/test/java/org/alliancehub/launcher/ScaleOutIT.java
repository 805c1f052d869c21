package org.alliancehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.alliancehub.stack.ElasticsearchCluster;
import org.alliancehub.stack.FreePort;
import org.alliancehub.stack.NginxProxy;
import org.alliancehub.stack.PayaraMicroServer;
import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The scaled-out stack as {@code ./run} starts it with {@code ALLIANCEHUB_ELASTICSEARCH_NODES=3} and
 * {@code ALLIANCEHUB_INSTANCES=2}: a three-node Elasticsearch cluster, two Payara Micro instances
 * with all three services on one PostgreSQL and one file store, and nginx in front. Under
 * continuous traffic through the proxy, an Elasticsearch node and then a Payara instance are
 * killed (SIGKILL); readers keep being answered and nothing acknowledged is lost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final Logger LOG = Logger.getLogger(ScaleOutIT.class.getName());
    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(90);

    private static Launcher launcher;
    private static JsonApi admin;
    private static JsonApi search;
    private static JsonApi portal;
    private static String allianceId;
    private static Path dataDirectory;
    private static final String METRICS_TOKEN = UUID.randomUUID() + "-" + UUID.randomUUID();

    @BeforeAll
    static void startScaledOut() throws Exception {
        boolean required = Boolean.parseBoolean(System.getenv("ALLIANCEHUB_NGINX_REQUIRED"));
        assumeTrue(required || NginxProxy.binary().isPresent(),
                "nginx is not installed (apt-get install nginx-light); CI installs it and requires this test");
        Path data = Path.of(System.getProperty("alliancehub.test.work", "target/it-work")).resolve("scale-out-data");
        deleteRecursively(data);
        launcher = new Launcher();
        launcher.start(LauncherSettings.from(Map.of(
                "ALLIANCEHUB_DATA_DIR", data.toString(),
                "ALLIANCEHUB_STACK_DIR", System.getProperty("alliancehub.stack.dir", "target/stack"),
                "ALLIANCEHUB_HTTP_PORT", Integer.toString(FreePort.find()),
                "ALLIANCEHUB_ELASTICSEARCH_NODES", "3",
                "ALLIANCEHUB_INSTANCES", "2",
                "ALLIANCEHUB_DEMO_CONTENT", "false",
                "ALLIANCEHUB_PAYARA_HEAP", "512m",
                "ALLIANCEHUB_LOG_FORMAT", "json",
                "ALLIANCEHUB_METRICS_TOKEN", METRICS_TOKEN), Path.of("target/stack")));
        dataDirectory = data;
        String password = Files.readString(data.resolve("secrets/admin-password")).strip();
        admin = new ContentFixtures(launcher.base() + "/content").signedIn("admin", password).withTimeout(Duration.ofSeconds(30));
        search = new JsonApi(launcher.base() + "/search").withTimeout(Duration.ofSeconds(30));
        portal = new JsonApi(launcher.base()).withTimeout(Duration.ofSeconds(30));
        String union = ContentFixtures.organization(admin, "International Union of Operating Engineers", "UNION");
        allianceId = ContentFixtures.alliance(admin, "Haul road safety alliance", union);
    }

    @AfterAll
    static void stop() {
        if (launcher != null) {
            launcher.close();
        }
    }

    @Test
    @Order(0)
    void theLogsAreJsonLinesAndEveryLineOfARequestCarriesTheIdTheProxyGaveIt() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String given = "scale-out-" + UUID.randomUUID();
        // a page of results of the portal, which calls the search service with the same id
        HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(launcher.base() + "/results?q=spotter"))
                .header("X-Request-Id", given).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Request-Id")).hasValue(given);
        // no id given: nginx makes one, and the services log under it
        HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(launcher.base() + "/search/api/search?q=haul")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        String made = answer.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(made).matches("[0-9a-f]{32}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<JsonObject> lines = logLines();
            assertThat(lines).filteredOn(l -> given.equals(l.getString("RequestId", null)))
                    .filteredOn(l -> "org.alliancehub.access".equals(l.getString("LoggerName")))
                    .extracting(l -> l.getString("Path")).contains("/results", "/search/api/search");
            assertThat(lines).filteredOn(l -> made.equals(l.getString("RequestId", null)))
                    .filteredOn(l -> "org.alliancehub.access".equals(l.getString("LoggerName")))
                    .singleElement().satisfies(l -> {
                        assertThat(l.getString("Path")).isEqualTo("/search/api/search");
                        assertThat(l.getString("Status")).isEqualTo("200");
                        assertThat(l.getString("LogMessage")).doesNotContain("haul");
                    });
        });
    }

    @Test
    @Order(0)
    void eachInstanceShowsItsMetersToTheOperatorsAndNeitherPayarasNorOursToThePublic() {
        for (PayaraMicroServer instance : launcher.instances()) {
            JsonApi direct = new JsonApi(instance.url());
            // Payara's own, which would tell anyone the JVM's and every method's details
            assertThat(direct.get("/metrics").status()).isNotEqualTo(200);
            assertThat(direct.get("/metrics").body()).doesNotContain("base_").doesNotContain("vendor_");
            for (String service : List.of("/content", "/search", "")) {
                assertThat(direct.get(service + "/operations/metrics").status()).as(service).isEqualTo(401);
                JsonApi.Reply meters = direct.withHeader("Authorization", org.alliancehub.stack.junit.RunningStack.metricsAuthorization(METRICS_TOKEN)).get(service + "/operations/metrics");
                assertThat(meters.status()).as(service).isEqualTo(200);
                assertThat(meters.body()).as(service).contains("http_server_requests_seconds_count{", "jvm_memory_used_bytes");
                // the proxy keeps them for the operators' network
                assertThat(portal.withHeader("Authorization", org.alliancehub.stack.junit.RunningStack.metricsAuthorization(METRICS_TOKEN)).get(service + "/operations/metrics").status()).as(service).isEqualTo(404);
            }
            assertThat(direct.withHeader("Authorization", org.alliancehub.stack.junit.RunningStack.metricsAuthorization(METRICS_TOKEN)).get("/search/operations/metrics").body()).contains("alliancehub_indexer_lag ");
            assertThat(direct.withHeader("Authorization", org.alliancehub.stack.junit.RunningStack.metricsAuthorization(METRICS_TOKEN)).get("/content/operations/metrics").body())
                    .contains("alliancehub_extraction_files{status=\"pending\"}");
        }
    }

    /** Every line both instances logged, each of which must be a JSON object. */
    private static List<JsonObject> logLines() throws java.io.IOException {
        List<JsonObject> lines = new ArrayList<>();
        for (String instance : List.of("payara-1", "payara-2")) {
            for (String line : Files.readAllLines(dataDirectory.resolve(instance).resolve("payara-micro.log"))) {
                // the one line Payara Micro 6.2025.10 itself prints with System.out while it boots
                if (line.isBlank() || line.startsWith("JdbcRuntimeExtension,  getAllSystemRAResourcesAndPools = ")) {
                    continue;
                }
                assertThat(line).as(instance + " logs JSON lines").startsWith("{").endsWith("}");
                lines.add(Json.createReader(new java.io.StringReader(line)).readObject());
            }
        }
        return lines;
    }

    @Test
    @Order(1)
    void searchesGoOnAndNoPublishedMaterialIsLostWhenAnElasticsearchNodeIsKilled() throws Exception {
        ElasticsearchCluster cluster = launcher.elasticsearchCluster();
        int master = cluster.masterIndex();
        Traffic traffic = Traffic.start(admin, search, portal, allianceId);
        traffic.runFor(Duration.ofSeconds(5));
        long killedAt = System.nanoTime();
        // the elected master: its loss also costs an election, the hardest single loss
        cluster.kill(master);
        traffic.runFor(Duration.ofSeconds(20));
        traffic.stop();

        Traffic.Outcome searches = traffic.searches();
        LOG.info(() -> String.format("Elasticsearch node %d (the master) killed: %d searches, %d failed (%s), "
                        + "blip %.0f ms; %d materials published, %d publishes refused",
                master + 1, searches.total(), searches.failures(), searches.failedStatuses(), searches.blipMillis(killedAt),
                traffic.published().size(), traffic.refusedPublishes()));
        assertThat(searches.failuresBefore(killedAt)).as("failed searches before the kill").isZero();
        assertThat(searches.answeredAfterLastFailure()).as("searches answered after the last failed one").isPositive();
        assertThat(traffic.published()).as("materials published during the test").hasSizeGreaterThan(5);
        assertThat(traffic.refusedPublishes()).as("the content service does not need Elasticsearch to publish").isZero();
        awaitAllSearchable(traffic.published());

        cluster.restart(master);
        String health = cluster.awaitHealth("green", Duration.ofMinutes(3));
        assertThat(health).contains("\"number_of_nodes\":3");
        Map.Entry<String, String> after = Traffic.publishOne(admin, allianceId);
        awaitAllSearchable(Map.ofEntries(after));
    }

    @Test
    @Order(2)
    void theSurvivorServesEverythingWhenOneOfTwoInstancesIsKilled() throws Exception {
        // a file stored through one instance or the other, before the loss
        String fileMaterial = ContentFixtures.require(admin.post("api/materials", Json.createObjectBuilder()
                .add("allianceId", allianceId).add("type", "FACT_SHEET")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "en")
                        .add("title", "Spotter duties at the dump point")))
                .build()), 201).getString("id");
        byte[] file = "A spotter stands where the driver sees them and signals the truck back to the berm."
                .getBytes(StandardCharsets.UTF_8);
        assertThat(admin.postFile("api/materials/" + fileMaterial + "/versions/en/file", "file", "spotter.txt", file).status())
                .isEqualTo(202);

        List<PayaraMicroServer> instances = launcher.instances();
        Traffic traffic = Traffic.start(admin, search, portal, allianceId);
        traffic.runFor(Duration.ofSeconds(5));
        long killedAt = System.nanoTime();
        instances.get(0).kill();
        traffic.runFor(Duration.ofSeconds(15));
        traffic.stop();

        Traffic.Outcome searches = traffic.searches();
        Traffic.Outcome pages = traffic.pageViews();
        LOG.info(() -> String.format("Payara instance 1 killed: %d searches, %d failed (%s); %d page views, %d failed (%s); "
                        + "%d materials published, %d publishes refused (in flight at the kill, never acknowledged)",
                searches.total(), searches.failures(), searches.failedStatuses(), pages.total(), pages.failures(),
                pages.failedStatuses(), traffic.published().size(), traffic.refusedPublishes()));
        assertThat(instances.get(0).isRunning()).isFalse();
        // nginx hands a request the dead instance cannot answer to the survivor: readers see nothing of the loss
        assertThat(searches.failures()).as("failed searches, of " + searches.total()).isZero();
        assertThat(pages.failures()).as("failed page views, of " + pages.total()).isZero();
        assertThat(searches.failuresBefore(killedAt) + pages.failuresBefore(killedAt)).isZero();
        assertThat(traffic.published()).hasSizeGreaterThan(5);
        // the survivor's indexer takes over the lease and indexes what either instance acknowledged
        awaitAllSearchable(traffic.published());

        // the file stored before the loss is read through the survivor, from the shared store
        await().atMost(SEARCHABLE_WITHIN).until(() -> admin.get("api/materials/" + fileMaterial).body().contains("\"status\":\"DONE\""));
        HttpResponse<byte[]> download = admin.download("api/materials/" + fileMaterial + "/versions/en/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(file);
        assertThat(portal.get("/").status()).isEqualTo(200);
    }

    /** Waits until every material ({@code id → its unique word}) is found by searching for its word. */
    private static void awaitAllSearchable(Map<String, String> published) {
        for (Map.Entry<String, String> material : published.entrySet()) {
            await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                JsonApi.Reply reply = search.get("api/search?q=" + material.getValue());
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.json().getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("materialId")))
                        .as("hits for " + material.getValue()).contains(material.getKey());
            });
        }
    }

    /**
     * Readers searching and opening the home page, and staff publishing materials, each in a loop of
     * its own through the proxy, every answer's status and time recorded.
     */
    private static final class Traffic {

        record Answer(long atNanos, int status) {
        }

        /** What one kind of request got. */
        record Outcome(List<Answer> answers) {

            int total() {
                return answers.size();
            }

            long failures() {
                return answers.stream().filter(a -> a.status() != 200).count();
            }

            long failuresBefore(long nanos) {
                return answers.stream().filter(a -> a.status() != 200 && a.atNanos() < nanos).count();
            }

            Map<Integer, Long> failedStatuses() {
                Map<Integer, Long> counts = new java.util.TreeMap<>();
                answers.stream().filter(a -> a.status() != 200).forEach(a -> counts.merge(a.status(), 1L, Long::sum));
                return counts;
            }

            /** From the kill to the first success after the last failure; 0 when nothing failed. */
            double blipMillis(long killedAt) {
                long lastFailure = answers.stream().filter(a -> a.status() != 200).mapToLong(Answer::atNanos).max().orElse(-1);
                if (lastFailure < 0) {
                    return 0;
                }
                long recovered = answers.stream().filter(a -> a.status() == 200 && a.atNanos() > lastFailure)
                        .mapToLong(Answer::atNanos).min().orElse(lastFailure);
                return (recovered - killedAt) / 1e6;
            }

            long answeredAfterLastFailure() {
                long lastFailure = answers.stream().filter(a -> a.status() != 200).mapToLong(Answer::atNanos).max().orElse(-1);
                return answers.stream().filter(a -> a.status() == 200 && a.atNanos() > lastFailure).count();
            }
        }

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService threads = Executors.newFixedThreadPool(3);
        private final List<Answer> searches = Collections.synchronizedList(new ArrayList<>());
        private final List<Answer> pageViews = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, String> published = new ConcurrentHashMap<>();
        private final List<Future<?>> loops = new ArrayList<>();
        private volatile int refusedPublishes;

        static Traffic start(JsonApi admin, JsonApi search, JsonApi portal, String allianceId) {
            Traffic traffic = new Traffic();
            traffic.loops.add(traffic.threads.submit(() -> traffic.loop(() ->
                    traffic.searches.add(new Answer(System.nanoTime(), status(() -> search.get("api/search?q=haul+road+spotter")))))));
            traffic.loops.add(traffic.threads.submit(() -> traffic.loop(() ->
                    traffic.pageViews.add(new Answer(System.nanoTime(), status(() -> portal.get("/")))))));
            traffic.loops.add(traffic.threads.submit(() -> traffic.loop(() -> {
                try {
                    Map.Entry<String, String> material = publishOne(admin, allianceId);
                    traffic.published.put(material.getKey(), material.getValue());
                } catch (RuntimeException e) {
                    // not acknowledged: it may or may not have happened, and nobody was told it did
                    traffic.refusedPublishes++;
                }
            })));
            return traffic;
        }

        /** Creates and publishes a material with a word of its own; returns its id and that word. */
        static Map.Entry<String, String> publishOne(JsonApi admin, String allianceId) {
            String word = "haulmark" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String id = ContentFixtures.publishedMaterial(admin, allianceId,
                    "Haul road berms " + word, "Berms at least mid-axle height on every haul road edge.",
                    "Bermas en caminos de acarreo " + word, "Bermas a media altura del eje en cada orilla.");
            return Map.entry(id, word);
        }

        private static int status(java.util.function.Supplier<JsonApi.Reply> request) {
            try {
                return request.get().status();
            } catch (RuntimeException e) {
                // no answer at all (connection refused or reset): as a reader sees a 5xx
                return 599;
            }
        }

        private void loop(Runnable request) {
            while (running.get()) {
                request.run();
            }
        }

        void runFor(Duration duration) {
            // the traffic runs in its own threads; this thread only lets it run
            await().pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
            threads.shutdown();
        }

        Outcome searches() {
            return new Outcome(List.copyOf(searches));
        }

        Outcome pageViews() {
            return new Outcome(List.copyOf(pageViews));
        }

        Map<String, String> published() {
            return Map.copyOf(published);
        }

        int refusedPublishes() {
            return refusedPublishes;
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
