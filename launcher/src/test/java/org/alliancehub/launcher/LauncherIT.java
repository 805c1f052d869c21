package org.alliancehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.alliancehub.stack.FreePort;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./run} does, end to end: the stack starts from the built artifacts, loads the demo,
 * the portal finds the Spanish demo material for "caida", the demo gives each page type of the portal
 * something real (PDFs to download, emphasis programs, upcoming events, trainings), and a second
 * start keeps the data.
 */
class LauncherIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String get(String url) throws IOException, InterruptedException {
        return new String(bytes(HttpRequest.newBuilder(URI.create(url)).build()), StandardCharsets.UTF_8);
    }

    private byte[] bytes(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(request.uri().toString()).isEqualTo(200);
        return response.body();
    }

    private JsonObject json(String url) throws IOException, InterruptedException {
        return parse(get(url));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /**
     * Also: a backup of the stopped stack (database folder, file store, secrets) restored into an
     * empty data folder answers the same searches once the indexer has refilled Elasticsearch from
     * the change feed, and serves the same files.
     */
    @Test
    void runsTheWholeStackAndKeepsItsDataBetweenRuns() throws Exception {
        Path work = Path.of(System.getProperty("alliancehub.test.work", "target/it-work"));
        Path data = work.resolve("launcher-data");
        deleteRecursively(data);
        int port = FreePort.find();
        LauncherSettings settings = LauncherSettings.from(Map.of(
                "ALLIANCEHUB_DATA_DIR", data.toString(),
                "ALLIANCEHUB_STACK_DIR", System.getProperty("alliancehub.stack.dir", "target/stack"),
                "ALLIANCEHUB_HTTP_PORT", Integer.toString(port),
                "ALLIANCEHUB_PAYARA_HEAP", "512m"), Path.of("target/stack"));
        String base = "http://localhost:" + port;

        try (Launcher first = new Launcher()) {
            first.start(settings);
            String results = get(base + "/results?q=caida&lang=es");
            assertThat(results).contains("Cómo prevenir <mark>caídas</mark> desde equipo móvil");
            assertThat(get(base + "/")).contains("role=\"search\"");
            assertThat(get(base + "/health/ready")).contains("\"status\":\"UP\"");
            assertThat(get(base + "/content/api/alliances")).contains("\"total\":5");
            assertTheDemoGivesEveryPageTypeSomething(base, data);
        }
        assertThat(Files.readString(data.resolve("secrets/admin-password")).strip()).hasSizeGreaterThanOrEqualTo(32);

        Map<String, String> answers;
        String file;
        byte[] original;
        try (Launcher second = new Launcher()) {
            second.start(settings);
            assertThat(get(base + "/content/api/alliances")).as("the demo is loaded once").contains("\"total\":5");
            assertThat(get(base + "/search/api/search?q=caida&lang=es")).contains("Cómo prevenir caídas desde equipo móvil");
            answers = answers(base);
            JsonObject material = items(json(base + "/content/api/materials?size=1")).get(0);
            file = "/content/api/materials/" + material.getString("id") + "/versions/"
                    + material.getJsonArray("versions").getJsonObject(0).getString("language") + "/file";
            original = bytes(HttpRequest.newBuilder(URI.create(base + file)).build());
        }

        // the local stack's backup, as the runbook says: stopped, the database's folder, the file store
        // and the secrets; the Elasticsearch index is not kept, it is rebuilt from the change feed
        Path restored = work.resolve("restored-data");
        deleteRecursively(restored);
        for (String kept : List.of("postgres", "files", "secrets")) {
            copyRecursively(data.resolve(kept), restored.resolve(kept));
        }
        int restoredPort = FreePort.find();
        String restoredBase = "http://localhost:" + restoredPort;
        try (Launcher fromBackup = new Launcher()) {
            fromBackup.start(LauncherSettings.from(Map.of(
                    "ALLIANCEHUB_DATA_DIR", restored.toString(),
                    "ALLIANCEHUB_STACK_DIR", System.getProperty("alliancehub.stack.dir", "target/stack"),
                    "ALLIANCEHUB_HTTP_PORT", Integer.toString(restoredPort),
                    "ALLIANCEHUB_PAYARA_HEAP", "512m"), Path.of("target/stack")));
            assertThat(get(restoredBase + "/content/api/alliances")).as("the demo is not loaded again").contains("\"total\":5");
            long ready = System.nanoTime();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(answers(restoredBase)).isEqualTo(answers));
            // a figure for the record, not an assertion
            java.util.logging.Logger.getLogger(LauncherIT.class.getName()).info(String.format(
                    "Restored from the backup: %d searches answer as before the loss %.1f s after the stack was ready",
                    answers.size(), (System.nanoTime() - ready) / 1e9));
            assertThat(bytes(HttpRequest.newBuilder(URI.create(restoredBase + file)).build())).isEqualTo(original);
        }
    }

    /**
     * What searches answer: for each query, its total and the materials found (as a set: an index
     * rebuilt without the old one's deleted documents may order equal scores otherwise), and the
     * number of upcoming activities.
     */
    private Map<String, String> answers(String base) throws IOException, InterruptedException {
        Map<String, String> answers = new java.util.TreeMap<>();
        for (String query : List.of("q=caida&lang=es", "q=falls&lang=en", "q=silica", "q=heat&lang=es", "q=zanja",
                "q=trench%20collapse", "lang=en", "q=caidas%20andamios&lang=es")) {
            JsonObject answer = json(base + "/search/api/search?" + query + "&size=50");
            answers.put(query, answer.getInt("total") + " " + answer.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                    .map(h -> h.getString("materialId")).collect(Collectors.toCollection(java.util.TreeSet::new)));
        }
        answers.put("activities", Integer.toString(json(base + "/search/api/activities?kind=event").getInt("total")));
        assertThat(answers.get("q=caida&lang=es")).doesNotStartWith("0 ");
        return answers;
    }

    /** As {@code cp -a}: PostgreSQL starts only on a data folder of its own user's, with its own user's rights alone. */
    private static void copyRecursively(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** Read through the public APIs, as the portal's pages read them; the extraction findings as staff see them. */
    private void assertTheDemoGivesEveryPageTypeSomething(String base, Path data) throws Exception {
        List<JsonObject> materials = items(json(base + "/content/api/materials?size=100"));
        assertThat(materials).hasSizeGreaterThanOrEqualTo(12);
        for (JsonObject material : materials) {
            List<JsonObject> versions = material.getJsonArray("versions").getValuesAs(JsonObject.class);
            assertThat(versions).as(material.getString("publicationNumber")).anySatisfy(v -> assertThat(v.get("file")).isInstanceOf(JsonObject.class));
            for (JsonObject version : versions) {
                byte[] file = bytes(HttpRequest.newBuilder(URI.create(base + "/content/api/materials/" + material.getString("id")
                        + "/versions/" + version.getString("language") + "/file")).build());
                assertThat(new String(Arrays.copyOf(file, 5), StandardCharsets.US_ASCII))
                        .as(material.getString("publicationNumber") + " " + version.getString("language")).isEqualTo("%PDF-");
            }
        }
        YearMonth thisMonth = YearMonth.now();
        assertThat(materials.stream().filter(m -> YearMonth.from(LocalDate.parse(m.getString("publicationDate"))).equals(thisMonth)))
                .as("new this month").hasSizeGreaterThanOrEqualTo(2);

        List<JsonObject> programs = items(json(base + "/content/api/emphasis-programs"));
        assertThat(programs).hasSize(3);
        assertThat(programs.stream().map(p -> p.getString("agency")).collect(Collectors.toSet())).containsExactlyInAnyOrder("OSHA", "MSHA");
        for (JsonObject program : programs) {
            assertThat(json(base + "/content/api/materials?program=" + program.getString("code")).getInt("total"))
                    .as(program.getString("code")).isGreaterThanOrEqualTo(2);
        }

        List<JsonObject> events = items(json(base + "/content/api/events"));
        assertThat(events.stream().map(e -> e.getString("id")).distinct()).as("upcoming events").hasSizeGreaterThanOrEqualTo(3);
        assertThat(events.stream().map(e -> e.getString("timeZone")).collect(Collectors.toSet()))
                .contains("America/New_York", "America/Chicago", "America/Los_Angeles");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getString("kind")).isEqualTo("WEBINAR");
            assertThat(e.getString("onlineLink")).startsWith("https://");
        });
        assertThat(events).allSatisfy(e -> assertThat(e.getString("registrationLink")).startsWith("https://"));
        assertThat(json(base + "/content/api/trainings").getInt("total")).isEqualTo(2);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(json(base + "/search/api/activities?kind=event").getInt("total")).isGreaterThanOrEqualTo(3));

        // staff see what extraction found in the Spanish PDF: its title, language and both statements
        String password = Files.readString(data.resolve("secrets/admin-password")).strip();
        String token = parse(new String(bytes(HttpRequest.newBuilder(URI.create(base + "/content/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("username", "admin").add("password", password).build().toString()))
                .build()), StandardCharsets.UTF_8)).getString("token");
        String fallsId = materials.stream().filter(m -> m.getString("publicationNumber").equals("NSSGA-FS-07"))
                .findFirst().orElseThrow().getString("id");
        JsonObject workspace = parse(new String(bytes(HttpRequest.newBuilder(URI.create(base + "/content/api/materials/" + fallsId))
                .header("Authorization", "Bearer " + token).build()), StandardCharsets.UTF_8));
        JsonObject spanish = workspace.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("language").equals("es")).findFirst().orElseThrow().getJsonObject("extraction");
        assertThat(spanish.getString("status")).isEqualTo("DONE");
        assertThat(spanish.getString("documentTitle")).isEqualTo("Cómo prevenir caídas desde equipo móvil");
        assertThat(spanish.getString("detectedLanguage")).isEqualTo("es");
        assertThat(spanish.getBoolean("disclaimerFound")).isTrue();
        assertThat(spanish.getBoolean("workerRightsFound")).isTrue();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
