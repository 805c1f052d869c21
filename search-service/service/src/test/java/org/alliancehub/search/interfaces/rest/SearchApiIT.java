package org.alliancehub.search.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.alliancehub.search.Deployments;
import org.alliancehub.stack.ElasticsearchNode;
import org.alliancehub.stack.ElasticsearchSecurity;
import org.alliancehub.stack.PayaraMicroServer;
import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.JsonApi.Reply;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RealStackExtension;
import org.alliancehub.stack.junit.RunningStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search service following a real content service's change feed into a real Elasticsearch
 * node (with the analysis shim), and answering searches through HTTP.
 */
@RealStack(elasticsearch = true, services = RealStack.Service.CONTENT)
@ExtendWith({RealStackExtension.class, ArquillianExtension.class})
class SearchApiIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SearchApiIT.class.getName());

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.searchService();
    }

    @ArquillianResource
    URL base;

    private JsonApi search;
    private JsonApi content;
    private RunningStack stack;

    @BeforeEach
    void clients(RunningStack stack) {
        this.stack = stack;
        search = new JsonApi(Deployments.onLoopback(base));
        content = new ContentFixtures(stack.sideServicesUrl() + "/content").admin(stack);
    }

    /** Creates and publishes a material with an English and a Spanish version; returns its id. */
    private String publishFallsMaterial(String englishTitle, String spanishTitle) {
        String union = ContentFixtures.organization(content, "United Steelworkers", "UNION");
        String alliance = ContentFixtures.alliance(content, "Stone, Sand & Gravel Alliance", union);
        return ContentFixtures.publishedMaterial(content, alliance,
                englishTitle, "Keep three points of contact when climbing onto haul trucks.",
                spanishTitle, "Mantenga tres puntos de contacto al subir a los camiones de acarreo.");
    }

    private JsonObject searchFor(String query) {
        Reply reply = search.get("api/search?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static boolean hasHit(JsonObject results, String materialId, String language) {
        return results.getJsonArray("hits").stream().map(v -> v.asJsonObject())
                .anyMatch(h -> h.getString("materialId").equals(materialId) && h.getString("language").equals(language));
    }

    @Test
    void aPublishedSpanishVersionIsFoundWithoutItsAccent() {
        String id = publishFallsMaterial("Falls from haul trucks", "Caídas desde camiones de acarreo");

        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=caida&lang=es"), id, "es"));

        JsonObject results = searchFor("q=caida&lang=es");
        JsonObject first = results.getJsonArray("hits").getJsonObject(0);
        assertThat(first.getString("materialId")).isEqualTo(id);
        assertThat(first.getString("language")).isEqualTo("es");
        assertThat(first.getString("title")).isEqualTo("Caídas desde camiones de acarreo");
        assertThat(first.getString("titleHighlight")).contains("<mark>Caídas</mark>");
        assertThat(first.getJsonArray("availableLanguages").toString()).contains("en", "es");
        assertThat(results.getJsonObject("facets").getJsonArray("language").toString()).contains("\"es\"");

        // the English version is found by its own words, with stemming (awaited too: a refresh may
        // have shown only part of the bulk that indexed both versions)
        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=fall+truck&lang=en"), id, "en"));
        // and filtering by language keeps only that language
        assertThat(searchFor("q=caida&language=en").getJsonArray("hits").stream()
                .noneMatch(h -> h.asJsonObject().getString("language").equals("es"))).isTrue();
    }

    @Test
    void theTextOfAnUploadedFileIsSearchableWithASnippet() {
        String union = ContentFixtures.organization(content, "Boilermakers", "UNION");
        String alliance = ContentFixtures.alliance(content, "Confined spaces alliance", union);
        String id = ContentFixtures.require(content.post("api/materials", Json.createObjectBuilder()
                .add("allianceId", alliance).add("type", "SAFETY_MANUAL")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "en").add("title", "Tank entry manual")))
                .build()), 201).getString("id");
        Reply upload = content.postFile("api/materials/" + id + "/versions/en/file", "file", "manual.txt",
                ("Before entering a tank, test the atmosphere for oxygen, flammable gases and toxic vapors. "
                        + "An attendant stays outside with a retrieval winch at all times.").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        await().atMost(INDEXED_WITHIN).until(() -> content.get("api/materials/" + id).body().contains("\"status\":\"DONE\""));
        for (String step : new String[] {"submit", "review", "publish"}) {
            assertThat(content.post("api/materials/" + id + "/" + step, "").status()).isEqualTo(200);
        }

        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=winch"), id, "en"));
        JsonObject hit = searchFor("q=winch").getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("snippet")).contains("<mark>winch</mark>");
        assertThat(hit.containsKey("text")).as("the whole text is never sent back").isFalse();

        // the review findings are for the alliance's partners and staff; the public and the feed see what readers need
        JsonApi publicContent = new JsonApi(stack.sideServicesUrl() + "/content");
        JsonObject staffVersion = content.get("api/materials/" + id).json().getJsonArray("versions").getJsonObject(0);
        assertThat(staffVersion.getJsonObject("extraction").getString("detectedLanguage")).isEqualTo("en");
        assertThat(staffVersion.getJsonObject("extraction").getInt("characters")).isPositive();
        String publicView = publicContent.get("api/materials/" + id).body();
        String publicListing = publicContent.get("api/materials?size=100").body();
        String feed = wholeFeed(publicContent);
        for (String staffOnly : new String[] {"detectedLanguage", "languageAsDeclared", "disclaimerFound", "workerRightsFound",
                "documentAuthor", "\"reason\"", "\"characters\""}) {
            assertThat(publicView).as("public material: " + staffOnly).doesNotContain(staffOnly);
            assertThat(publicListing).as("public listing: " + staffOnly).doesNotContain(staffOnly);
            assertThat(feed).as("public feed: " + staffOnly).doesNotContain(staffOnly);
        }

        // withdrawn: the feed no longer serves its title or text to anyone, and a rebuild would not bring it back
        assertThat(content.post("api/materials/" + id + "/withdraw", "").status()).isEqualTo(200);
        await().atMost(INDEXED_WITHIN).until(() -> !hasHit(searchFor("q=winch"), id, "en"));
        assertThat(wholeFeed(publicContent)).doesNotContain("retrieval winch").doesNotContain("Tank entry manual");
    }

    /** Every entry the change feed serves now, from position 0, as one text. */
    private static String wholeFeed(JsonApi publicContent) {
        StringBuilder all = new StringBuilder();
        long after = 0;
        while (true) {
            JsonObject page = publicContent.get("api/changes?limit=1000&after=" + after).json();
            all.append(page.getJsonArray("changes"));
            long next = page.getJsonNumber("next").longValue();
            if (page.getJsonArray("changes").isEmpty() || next == after) {
                return all.toString();
            }
            after = next;
        }
    }

    @Test
    void aWithdrawnMaterialLeavesTheIndex() {
        String id = publishFallsMaterial("Ladder safety " + UUID.randomUUID(), "Seguridad con escaleras");
        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=escaleras"), id, "es"));

        assertThat(content.post("api/materials/" + id + "/withdraw", "").status()).isEqualTo(200);

        await().atMost(INDEXED_WITHIN).until(() -> !hasHit(searchFor("q=escaleras"), id, "es")
                && !hasHit(searchFor("q=ladder"), id, "en"));
    }

    @Test
    void badQueriesAreRefusedClearly() {
        Reply unknown = search.get("api/search?q=heat&colour=red");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getString("field")).isEqualTo("colour");

        Reply tooDeep = search.get("api/search?q=heat&page=5000");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().getString("field")).isEqualTo("page");

        Reply longText = search.get("api/search?q=" + "a".repeat(2_000));
        assertThat(longText.status()).isEqualTo(400);
        assertThat(longText.json().getString("field")).isEqualTo("q");

        // a 10 KB address is refused by the HTTP listener itself, before any search code runs
        Reply huge = search.get("api/search?q=" + "a".repeat(10_000));
        assertThat(huge.status()).isBetween(400, 431);

        Reply quotes = search.get("api/search?q=%22unbalanced+%28quote");
        assertThat(quotes.status()).as("query syntax is never parsed").isEqualTo(200);

        // numbers JAX-RS cannot convert were a 404, as if the resource did not exist
        for (String badNumber : new String[] {"page=abc", "page=99999999999", "size=1.5"}) {
            Reply reply = search.get("api/search?q=heat&" + badNumber);
            assertThat(reply.status()).as(badNumber).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().getString("field")).isEqualTo(badNumber.substring(0, badNumber.indexOf('=')));
        }
        Reply notAFlag = search.get("api/search?q=heat&verbatim=perhaps");
        assertThat(notAFlag.status()).isEqualTo(400);
        assertThat(notAFlag.json().getString("field")).isEqualTo("verbatim");
        assertThat(search.get("api/activities?page=abc").status()).isEqualTo(400);
        assertThat(search.get("api/suggest?q=and&size=x").status()).isEqualTo(400);
        assertThat(search.get("api/materials/any/related?size=99999999999").status()).isEqualTo(400);

        // dates the engine cannot hold are the caller's error, not an unavailable engine (503)
        Reply farFuture = search.get("api/search?from=%2B10000-01-01");
        assertThat(farFuture.status()).as(farFuture.body()).isEqualTo(400);
        assertThat(farFuture.json().getString("field")).isEqualTo("from");
        assertThat(search.get("api/search?to=1899-12-31").json().getString("field")).isEqualTo("to");
        assertThat(search.get("api/search?from=1900-01-01&to=9999-12-31").status()).isEqualTo(200);

        Reply notFound = search.get("api/nothing");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyAnswerAndEveryProblemCarriesTheRequestIdTheProxyGaveOrAFreshOne() {
        Reply given = search.withHeader("X-Request-Id", "proxy-7f3a.42").get("api/search?q=heat&colour=red");
        assertThat(given.status()).isEqualTo(400);
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("proxy-7f3a.42");
        assertThat(given.json().getString("requestId")).isEqualTo("proxy-7f3a.42");

        // outside JAX-RS too: the container's error page
        Reply outside = search.withHeader("X-Request-Id", "proxy-outside").at(Deployments.onLoopback(base)).get("no-such-page");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.json().getString("requestId")).isEqualTo("proxy-outside");

        Reply fresh = search.get("api/search?q=heat&page=abc");
        String made = fresh.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(made).matches("[0-9a-f-]{36}");
        assertThat(fresh.json().getString("requestId")).isEqualTo(made);
        assertThat(search.get("api/search?q=heat").headers().firstValue("X-Request-Id")).isPresent().isNotEqualTo(Optional.of(made));

        // an id that is not one is replaced, never echoed into a log or a page
        for (String hostile : new String[] {"<script>alert(1)</script>", "a".repeat(65), "two words"}) {
            Reply replaced = search.withHeader("X-Request-Id", hostile).get("api/search?q=heat&size=x");
            assertThat(replaced.json().getString("requestId")).as(hostile).matches("[0-9a-f-]{36}");
            assertThat(replaced.body()).doesNotContain(hostile);
        }
    }

    @Test
    void nothingIsLostWhileElasticsearchIsDown() {
        String health = Deployments.onLoopback(base).replaceFirst("/search/?$", "") + "/health/ready";
        await().atMost(INDEXED_WITHIN).until(() -> new JsonApi(health).get("").status() == 200);

        stack.stopElasticsearch();
        try {
            await().atMost(INDEXED_WITHIN).until(() -> new JsonApi(health).get("").status() == 503);
            assertThat(search.get("api/search?q=heat").status()).isEqualTo(503);

            // content keeps accepting and publishing while search is down
            String id = publishFallsMaterial("Heat illness on mine sites", "Enfermedades por calor en las minas");
            stack.restartElasticsearch();

            await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=calor"), id, "es"));
            await().atMost(INDEXED_WITHIN).until(() -> new JsonApi(health).get("").status() == 200);
        } finally {
            stack.restartElasticsearch();
        }
    }

    /** The tests' own patience during a freeze: every answer must come before it. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(6);
    private static final java.net.http.HttpClient IMPATIENT = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(CLIENT_TIMEOUT).build();

    /** A GET that must be answered within {@link #CLIENT_TIMEOUT}; prints how long it took. */
    private static Reply answeredInTime(String what, String url) {
        long started = System.nanoTime();
        try {
            var response = IMPATIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(CLIENT_TIMEOUT)
                    .header("Accept", "application/json").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            // figures for the record, not assertions: speed belongs in benchmarks
            LOG.info(() -> "frozen engine: " + what + " answered " + response.statusCode() + " in " + millis + " ms");
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new AssertionError(what + " was not answered within the client's " + CLIENT_TIMEOUT.toSeconds() + " s");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long hitCount(JsonObject results, String materialId, String language) {
        return results.getJsonArray("hits").stream().map(v -> v.asJsonObject())
                .filter(h -> h.getString("materialId").equals(materialId) && h.getString("language").equals(language)).count();
    }

    @Test
    void aFrozenEngineIsReportedQuicklyAndLeavesEverythingElseAnswering() throws Exception {
        String root = Deployments.onLoopback(base).replaceFirst("/search/?$", "");
        String searchUrl = Deployments.onLoopback(base).replaceFirst("/?$", "/");
        await().atMost(INDEXED_WITHIN).until(() -> new JsonApi(root + "/health/ready").get("").status() == 200);
        String word = "frozen" + UUID.randomUUID().toString().substring(0, 6);

        stack.freezeElasticsearch();
        List<String> publishedDuringFreeze = new java.util.ArrayList<>();
        try {
            Reply health = answeredInTime("health", root + "/health/ready");
            assertThat(health.status()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("\"search-elasticsearch\"", "DOWN");

            Reply one = answeredInTime("one search", searchUrl + "api/search?q=heat");
            assertThat(one.status()).as(one.body()).isEqualTo(503);
            assertThat(one.contentType()).startsWith("application/problem+json");

            // 50 readers at once: the engine's calls are bounded, so the same Payara keeps serving its other
            // requests (here the glossary, which needs no engine) and the content service keeps reading
            var pool = java.util.concurrent.Executors.newFixedThreadPool(50);
            try {
                var searches = new java.util.ArrayList<java.util.concurrent.Future<Reply>>();
                for (int i = 0; i < 50; i++) {
                    int n = i;
                    searches.add(pool.submit(() -> answeredInTime("search " + n, searchUrl + "api/search?q=heat+" + n)));
                }
                Reply glossary = answeredInTime("same-Payara read under 50 searches", searchUrl + "api/glossary");
                assertThat(glossary.status()).isEqualTo(200);
                Reply contentRead = answeredInTime("content read under 50 searches",
                        stack.sideServicesUrl() + "/content/api/materials?size=1");
                assertThat(contentRead.status()).isEqualTo(200);
                for (var search : searches) {
                    Reply reply = search.get();
                    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                }
            } finally {
                pool.shutdownNow();
            }

            // writes go on meanwhile: the content service records them, the indexer catches up later
            for (int i = 0; i < 3; i++) {
                publishedDuringFreeze.add(publishFallsMaterial("Haul road berms " + word + " " + i, "Bermas en caminos " + word));
            }
        } finally {
            stack.resumeElasticsearch();
        }

        await().atMost(INDEXED_WITHIN).until(() -> {
            JsonObject results = searchFor("q=" + word + "&size=50");
            return publishedDuringFreeze.stream().allMatch(id -> hasHit(results, id, "en") && hasHit(results, id, "es"));
        });
        JsonObject results = searchFor("q=" + word + "&size=50");
        for (String id : publishedDuringFreeze) {
            assertThat(hitCount(results, id, "en")).as("indexed once").isEqualTo(1);
            assertThat(hitCount(results, id, "es")).as("indexed once").isEqualTo(1);
        }
        await().atMost(INDEXED_WITHIN).until(() -> new JsonApi(root + "/health/ready").get("").status() == 200);
    }

    /**
     * Appends an entry to the content service's outbox directly in its PostgreSQL, the way its
     * JpaChangeFeed does (the feed's advisory lock, then the next sequence number): the content API
     * refuses what these tests need on the feed (a year 10000, a date that does not parse).
     */
    private long appendToFeed(String kind, String id, JsonObject data) throws java.sql.SQLException {
        try (var db = java.sql.DriverManager.getConnection(stack.jdbcUrl(), stack.databaseUser(), stack.databasePassword())) {
            db.setAutoCommit(false);
            try (var lock = db.prepareStatement("SELECT pg_advisory_xact_lock(?)");
                 var insert = db.prepareStatement("INSERT INTO change_record (kind, entity_id, action, recorded_at, data) "
                         + "VALUES (?, ?, 'upsert', now(), ?) RETURNING seq")) {
                lock.setLong(1, 0x616c6c69616e6365L);
                lock.execute();
                insert.setString(1, kind);
                insert.setString(2, id);
                insert.setString(3, data.toString());
                try (var seq = insert.executeQuery()) {
                    seq.next();
                    long appended = seq.getLong(1);
                    db.commit();
                    return appended;
                }
            }
        }
    }

    /** The feed entry of a published material, as the content service wrote it. */
    private JsonObject feedDataOf(String materialId) throws java.sql.SQLException {
        try (var db = java.sql.DriverManager.getConnection(stack.jdbcUrl(), stack.databaseUser(), stack.databasePassword());
             var select = db.prepareStatement("SELECT data FROM change_record WHERE entity_id = ? AND data IS NOT NULL "
                     + "ORDER BY seq DESC LIMIT 1")) {
            select.setString(1, materialId);
            try (var row = select.executeQuery()) {
                assertThat(row.next()).as("feed entry of " + materialId).isTrue();
                return Json.createReader(new java.io.StringReader(row.getString(1))).readObject();
            }
        }
    }

    private static JsonObject withDateAndTitle(JsonObject material, String id, String publicationDate, String word) {
        var versions = Json.createArrayBuilder();
        material.getJsonArray("versions").forEach(v -> versions.add(Json.createObjectBuilder(v.asJsonObject())
                .add("title", "Refused " + word + " " + v.asJsonObject().getString("title"))));
        return Json.createObjectBuilder(material).add("id", id).add("publicationDate", publicationDate).add("versions", versions).build();
    }

    @Test
    void aDocumentTheEngineRefusesIsReportedAndTheIndexerMovesOn() throws Exception {
        String word = "refusal" + UUID.randomUUID().toString().substring(0, 6);
        String before = publishFallsMaterial("Conveyor guarding " + word, "Resguardos de transportadores " + word);
        JsonObject shape = feedDataOf(before);
        // Elasticsearch refuses this one (its dates have four-digit years); the service reads it fine
        String tenThousand = UUID.randomUUID().toString();
        long tenThousandSeq = appendToFeed("material", tenThousand, withDateAndTitle(shape, tenThousand, "+10000-01-01", word));
        // this one the search service cannot read at all
        String garbled = UUID.randomUUID().toString();
        long garbledSeq = appendToFeed("material", garbled, withDateAndTitle(shape, garbled, "31/12/2024", word));
        String after = publishFallsMaterial("Lockout before clearing jams " + word, "Bloqueo antes de despejar atascos " + word);

        await().atMost(INDEXED_WITHIN).until(() -> {
            JsonObject results = searchFor("q=" + word + "&size=50");
            return hasHit(results, before, "en") && hasHit(results, after, "en") && hasHit(results, after, "es");
        });
        JsonObject results = searchFor("q=" + word + "&size=50");
        assertThat(hasHit(results, tenThousand, "en") || hasHit(results, garbled, "en")).isFalse();

        JsonObject status = search.get("api/index").json();
        var refused = status.getJsonArray("refused").stream().map(v -> v.asJsonObject()).toList();
        assertThat(refused).anySatisfy(r -> {
            assertThat(r.getString("id")).isEqualTo(tenThousand);
            assertThat(r.getJsonNumber("seq").longValue()).isEqualTo(tenThousandSeq);
            assertThat(r.getString("kind")).isEqualTo("material");
            assertThat(r.getString("reason")).isNotBlank();
            assertThat(r.getString("at")).isNotBlank();
        });
        assertThat(refused).anySatisfy(r -> {
            assertThat(r.getString("id")).isEqualTo(garbled);
            assertThat(r.getJsonNumber("seq").longValue()).isEqualTo(garbledSeq);
            assertThat(r.getString("reason")).contains("31/12/2024");
        });
        assertThat(status.getJsonNumber("cursor").longValue()).isGreaterThan(garbledSeq);

        // health stays UP (search works) and says so
        String health = Deployments.onLoopback(base).replaceFirst("/search/?$", "") + "/health/ready";
        Reply ready = new JsonApi(health).get("");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("refusedChanges", "lastRefused");
    }

    /** An account made through the content API, signed in. */
    private JsonApi account(String username, String role) {
        ContentFixtures.require(content.post("api/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", ACCOUNT_PASSWORD).add("role", role).build()), 201);
        return new ContentFixtures(stack.sideServicesUrl() + "/content").signedIn(username, ACCOUNT_PASSWORD)
                .at(Deployments.onLoopback(base));
    }

    /** Made per run: the test accounts live only in the test database. */
    private static final String ACCOUNT_PASSWORD = java.util.UUID.randomUUID().toString();

    private String accountId(String username) {
        return content.get("api/accounts?username=" + username).json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    @Test
    void aTokenCountsOnlyAsMuchAsItsAccountDoesNow() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonObject body = Json.createObjectBuilder().add("username", "admin-off-" + suffix).add("role", "ADMIN").build();

        JsonApi deactivated = account("admin-off-" + suffix, "ADMIN");
        assertThat(deactivated.post("api/index/rebuild", "").status()).isEqualTo(202);
        ContentFixtures.require(content.put("api/accounts/" + accountId("admin-off-" + suffix),
                Json.createObjectBuilder(body).add("active", false).build()), 200);
        Reply afterDeactivation = deactivated.post("api/index/rebuild", "");
        assertThat(afterDeactivation.status()).as(afterDeactivation.body()).isEqualTo(401);
        assertThat(afterDeactivation.contentType()).startsWith("application/problem+json");

        JsonApi demoted = account("admin-demoted-" + suffix, "ADMIN");
        assertThat(demoted.post("api/index/rebuild", "").status()).isEqualTo(202);
        ContentFixtures.require(content.put("api/accounts/" + accountId("admin-demoted-" + suffix), Json.createObjectBuilder()
                .add("username", "admin-demoted-" + suffix).add("role", "CURATOR").build()), 200);
        assertThat(demoted.post("api/index/rebuild", "").status()).isEqualTo(403);

        JsonApi deleted = account("admin-deleted-" + suffix, "ADMIN");
        assertThat(deleted.post("api/index/rebuild", "").status()).isEqualTo(202);
        assertThat(content.delete("api/accounts/" + accountId("admin-deleted-" + suffix)).status()).isEqualTo(204);
        assertThat(deleted.post("api/index/rebuild", "").status()).isEqualTo(401);

        // public searches need no account and are not asked about one
        assertThat(search.get("api/search?q=heat").status()).isEqualTo(200);
    }

    private static jakarta.json.JsonObjectBuilder version(String language, String title, String summary) {
        return Json.createObjectBuilder().add("language", language).add("title", title).add("summary", summary);
    }

    private static JsonObject draft(String alliance, String type, String topic, jakarta.json.JsonObjectBuilder... versions) {
        var list = Json.createArrayBuilder();
        for (var v : versions) {
            list.add(v);
        }
        return Json.createObjectBuilder().add("allianceId", alliance).add("type", type)
                .add("topics", Json.createArrayBuilder().add(topic)).add("versions", list).build();
    }

    private static int rank(JsonObject results, String materialId) {
        var hits = results.getJsonArray("hits");
        for (int i = 0; i < hits.size(); i++) {
            if (hits.getJsonObject(i).getString("materialId").equals(materialId)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theGlossaryBringsTheOtherLanguageBelowTheReadersOwnAndTheSiteHelpsWithWords() {
        String union = ContentFixtures.organization(content, "Carpenters Union", "UNION");
        String alliance = ContentFixtures.alliance(content, "Scaffold Industry Alliance", union);
        String english = ContentFixtures.publishedMaterial(content, draft(alliance, "FACT_SHEET", "scaffolds",
                version("en", "Scaffold inspection checklist", "Check planks, guardrails and base plates before every shift.")));
        String spanish = ContentFixtures.publishedMaterial(content, draft(alliance, "TOOLBOX_TALK", "caídas",
                version("es", "Inspección diaria de andamios", "Revise los tablones, las barandas y las bases antes de cada turno.")));
        String related = ContentFixtures.publishedMaterial(content, draft(alliance, "QUICK_CARD", "scaffolds",
                version("en", "Guardrails and planks on scaffold platforms", "Planks must be fully decked; guardrails on open sides and ends.")));

        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=scaffold&lang=en"), spanish, "es")
                && hasHit(searchFor("q=guardrails+planks"), related, "en"));
        JsonObject fromEnglish = searchFor("q=scaffold&lang=en");
        assertThat(fromEnglish.getJsonArray("crossLanguageTerms").toString()).contains("andamio");
        assertThat(rank(fromEnglish, english)).as("same language first").isBetween(0, rank(fromEnglish, spanish) - 1);
        JsonObject spanishHit = fromEnglish.getJsonArray("hits").getJsonObject(rank(fromEnglish, spanish));
        assertThat(spanishHit.getBoolean("otherLanguage")).isTrue();
        assertThat(spanishHit.getString("language")).isEqualTo("es");

        // and the reverse, without the accent and in the plural
        JsonObject fromSpanish = searchFor("q=ANDAMIOS&lang=es");
        assertThat(rank(fromSpanish, spanish)).isZero();
        assertThat(rank(fromSpanish, english)).isPositive();

        // filters compare folded values: the facet says "caídas", the reader types "Caidas"
        JsonObject filtered = searchFor("q=andamios&topic=Caidas");
        assertThat(rank(filtered, spanish)).isZero();
        assertThat(rank(filtered, english)).isEqualTo(-1);
        assertThat(filtered.getJsonObject("facets").getJsonArray("alliance").toString()).contains("Scaffold Industry Alliance");

        // a misspelling finds what the right word finds, below it, and gets a correction; suggestions
        // fold accents and include glossary terms
        JsonObject misspelled = searchFor("q=scafold+checklist&lang=en");
        assertThat(misspelled.getString("didYouMean")).isEqualTo("scaffold checklist");
        assertThat(rank(misspelled, english)).as("one letter dropped").isZero();
        assertThat(misspelled.containsKey("recovery")).as("found as typed, typos forgiven").isFalse();
        assertThat(rank(searchFor("q=inspecion+diaira&lang=es"), spanish)).as("two words, each one typo away").isZero();

        // words that find nothing together: any of them, and the answer says so; verbatim keeps them as typed
        JsonObject someWords = searchFor("q=decked+zqxwvkj&lang=en");
        assertThat(someWords.getJsonObject("recovery").getString("kind")).isEqualTo("some-words");
        assertThat(someWords.getString("query")).isEqualTo("decked zqxwvkj");
        assertThat(rank(someWords, related)).isNotNegative();
        JsonObject asTyped = searchFor("q=decked+zqxwvkj&lang=en&verbatim=true");
        assertThat(asTyped.getJsonNumber("total").longValue()).isZero();
        assertThat(asTyped.containsKey("recovery")).isFalse();
        String suggestions = search.get("api/suggest?q=inspeccio&lang=es").body();
        assertThat(suggestions).contains("Inspección diaria de andamios");
        assertThat(search.get("api/suggest?q=andam").body()).contains("\"andamio\"", "\"TERM\"");
        // suggestions forgive a typo as the search does: a title word, a glossary term
        assertThat(search.get("api/suggest?q=inspecicon&lang=es").body()).contains("Inspección diaria de andamios");
        assertThat(search.get("api/suggest?q=andmio").body()).contains("\"andamio\"", "\"TERM\"");

        // related materials and the other versions of a material
        Reply relatedReply = search.get("api/materials/" + english + "/related?lang=en");
        assertThat(relatedReply.status()).as(relatedReply.body()).isEqualTo(200);
        assertThat(relatedReply.json().getJsonArray("versions").getJsonObject(0).getString("language")).isEqualTo("en");
        assertThat(relatedReply.json().getJsonArray("related").toString()).contains(related).doesNotContain("\"" + english + "\"");
        assertThat(search.get("api/materials/no-such-material/related").status()).isEqualTo(404);
    }

    @Test
    void anAdminRebuildsTheIndexWhileSearchKeepsAnswering() {
        String id = publishFallsMaterial("Guarding floor holes", "Protección de huecos en el piso");
        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=huecos"), id, "es"));
        String before = search.get("api/index").json().getString("liveIndex");

        assertThat(search.post("api/index/rebuild", "").status()).isEqualTo(401);
        JsonApi partnerLess = new ContentFixtures(stack.sideServicesUrl() + "/content").admin(stack);
        Reply started = partnerLess.at(Deployments.onLoopback(base)).post("api/index/rebuild", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);

        // the old index answers until the new one has caught up, then the alias moves
        await().atMost(INDEXED_WITHIN).until(() -> {
            assertThat(hasHit(searchFor("q=huecos"), id, "es")).isTrue();
            JsonObject status = search.get("api/index").json();
            return !status.containsKey("rebuilding") && !status.getString("liveIndex").equals(before);
        });
        assertThat(hasHit(searchFor("q=huecos"), id, "es")).isTrue();
        assertThat(search.get("api/glossary").json().getInt("pairs")).isGreaterThanOrEqualTo(300);
    }

    @Test
    void whileAnotherInstanceHoldsTheIndexersLeaseThisOneStandsByAndTakesOverWhenTheLeaseLapses() {
        JsonApi elasticsearch = new JsonApi(stack.elasticsearchUrl());
        String lease = "alliancehub-indexer/_doc/indexer-lease";
        await().atMost(INDEXED_WITHIN).until(() -> {
            JsonObject status = search.get("api/index").json();
            return status.getString("instance").equals(status.getString("indexingInstance", ""));
        });
        String me = search.get("api/index").json().getString("instance");
        String before = search.get("api/index").json().getString("liveIndex");

        // another instance holds the lease (as one would after this one paused past its term)
        Reply taken = elasticsearch.put(lease, Json.createObjectBuilder().add("holder", "other-instance")
                .add("expires", java.time.Instant.now().plus(Duration.ofMinutes(5)).toString())
                .add("rebuildRequested", false).build());
        assertThat(taken.status()).as(taken.body()).isIn(200, 201);
        await().atMost(INDEXED_WITHIN).until(() -> "other-instance".equals(search.get("api/index").json().getString("indexingInstance", "")));
        long cursor = search.get("api/index").json().getJsonNumber("cursor").longValue();

        String id = publishFallsMaterial("Standby indexing of tailings dams", "Indexación en espera de presas de relaves");
        java.time.Instant published = java.time.Instant.now();
        await().atMost(INDEXED_WITHIN).until(() -> java.time.Instant.parse(
                search.get("api/index").json().getString("leaseCheckedAt")).isAfter(published.plusSeconds(1)));
        JsonObject standingBy = search.get("api/index").json();
        assertThat(standingBy.getJsonNumber("cursor").longValue()).as("the standby writes no cursor").isEqualTo(cursor);
        assertThat(hasHit(searchFor("q=relaves"), id, "es")).as("nor any document").isFalse();

        // a rebuild asked of the standby is left to the holder
        JsonApi admin = new ContentFixtures(stack.sideServicesUrl() + "/content").admin(stack).at(Deployments.onLoopback(base));
        Reply asked = admin.post("api/index/rebuild", "");
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().getBoolean("rebuildRequested")).isTrue();
        assertThat(asked.json().containsKey("rebuilding")).isFalse();

        // the other instance stops renewing: this one takes over from the stored cursor, and does the rebuild asked for
        JsonObject requested = elasticsearch.get(lease).json().getJsonObject("_source");
        assertThat(requested.getBoolean("rebuildRequested")).isTrue();
        Reply lapsed = elasticsearch.put(lease, Json.createObjectBuilder(requested)
                .add("expires", java.time.Instant.now().minusSeconds(1).toString()).build());
        assertThat(lapsed.status()).as(lapsed.body()).isEqualTo(200);
        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=relaves"), id, "es"));
        await().atMost(INDEXED_WITHIN).until(() -> {
            JsonObject status = search.get("api/index").json();
            return !status.containsKey("rebuilding") && !status.getString("liveIndex").equals(before);
        });
        JsonObject leading = search.get("api/index").json();
        assertThat(leading.getString("indexingInstance")).isEqualTo(me);
        assertThat(leading.getBoolean("rebuildRequested")).isFalse();
        assertThat(leading.getJsonNumber("cursor").longValue()).isGreaterThan(cursor);
        assertThat(hasHit(searchFor("q=relaves"), id, "es")).isTrue();
    }

    @Test
    void trainingsAndEventsAreSearchableWithUpcomingEventsFirst() {
        String union = ContentFixtures.organization(content, "Laborers Union", "UNION");
        String alliance = ContentFixtures.alliance(content, "Trench Safety Alliance", union);
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        String later = event(alliance, "Trench safety stand-down, week two", now.plusDays(40));
        String sooner = event(alliance, "Trench safety stand-down, week one", now.plusDays(10));
        String past = event(alliance, "Trench safety stand-down 2020", now.minusYears(3));
        String program = "NEP-TRENCH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ContentFixtures.require(content.post("api/emphasis-programs", Json.createObjectBuilder().add("code", program)
                .add("agency", "OSHA").add("scope", "NATIONAL").add("nameEnglish", "Trenching and excavation")
                .add("nameSpanish", "Zanjas y excavaciones").build()), 201);
        String training = ContentFixtures.require(content.post("api/trainings", Json.createObjectBuilder()
                .add("emphasisPrograms", Json.createArrayBuilder().add(program))
                .add("allianceId", alliance).add("title", "Capacitación en excavaciones y zanjas")
                .add("description", "Sistemas de protección, escaleras de acceso y persona competente.")
                .add("languages", Json.createArrayBuilder().add("es")).add("format", "IN_PERSON")
                .add("durationMinutes", 240).build()), 201).getString("id");
        assertThat(content.post("api/trainings/" + training + "/publish", "").status()).isEqualTo(200);

        await().atMost(INDEXED_WITHIN).until(() -> {
            String body = search.get("api/activities?q=trench&lang=en").body();
            return body.contains(training) && body.contains(sooner) && body.contains(later);
        });
        JsonObject results = search.get("api/activities?q=trench&lang=en").json();
        var ids = results.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("id")).toList();
        assertThat(ids).as("upcoming events soonest first, then the training found through the glossary; past events left out")
                .containsSubsequence(sooner, later, training).doesNotContain(past);
        assertThat(results.getJsonArray("hits").getJsonObject(0).getString("kind")).isEqualTo("EVENT");

        assertThat(search.get("api/activities?q=trench&when=past").body()).contains(past).doesNotContain(sooner);
        assertThat(search.get("api/activities?q=zanjas&kind=training").json().getJsonArray("hits").getJsonObject(0)
                .getInt("durationMinutes")).isEqualTo(240);
        assertThat(search.get("api/activities?when=tomorrow").status()).isEqualTo(400);
        // the emphasis program the training supports is a filter, in any case
        assertThat(search.get("api/activities?program=" + program.toLowerCase()).body()).contains(training).doesNotContain(sooner);
        // materials' search stays materials only
        assertThat(searchFor("q=stand-down").getJsonArray("hits").toString()).doesNotContain(sooner);
    }

    private String event(String alliance, String title, java.time.LocalDateTime start, String... programs) {
        var supported = Json.createArrayBuilder();
        for (String program : programs) {
            supported.add(program);
        }
        String id = ContentFixtures.require(content.post("api/events", Json.createObjectBuilder()
                .add("emphasisPrograms", supported)
                .add("allianceId", alliance).add("kind", "STAND_DOWN").add("title", title)
                .add("description", "Toolbox talks on cave-ins and protective systems at every jobsite.")
                .add("startsLocal", start.withNano(0).withSecond(0).toString())
                .add("endsLocal", start.plusHours(4).withNano(0).withSecond(0).toString())
                .add("timeZone", "America/Chicago").add("place", "Houston, Texas")
                .add("languages", Json.createArrayBuilder().add("en").add("es")).build()), 201).getString("id");
        assertThat(content.post("api/events/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    private java.util.List<String> activityIds(String query) {
        Reply reply = search.get("api/activities?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("id")).toList();
    }

    @Test
    void browsingAProgramShowsTheStaffsCuratedOrderFirstInTheReadersLanguage() {
        String program = "NEP-ROOF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ContentFixtures.require(content.post("api/emphasis-programs", Json.createObjectBuilder().add("code", program)
                .add("agency", "OSHA").add("scope", "NATIONAL").add("nameEnglish", "Roofing falls")
                .add("nameSpanish", "Caídas en techos").build()), 201);
        String union = ContentFixtures.organization(content, "Roofers Local", "UNION");
        String alliance = ContentFixtures.alliance(content, "Roofing Alliance", union);
        java.util.List<String> materials = new java.util.ArrayList<>();
        for (String word : new String[] {"anchors", "harnesses", "skylights"}) {
            materials.add(ContentFixtures.publishedMaterial(content, Json.createObjectBuilder(draft(alliance, "FACT_SHEET", "falls",
                            version("en", "Roof " + word, "Falls through " + word + "."),
                            version("es", "Techos: " + word, "Caídas: " + word + ".")))
                    .add("emphasisPrograms", Json.createArrayBuilder().add(program)).build()));
        }
        String oldest = materials.get(0), middle = materials.get(1), newest = materials.get(2);
        String sooner = event(alliance, "Roofing stand-down", java.time.LocalDateTime.now().plusDays(5), program);
        String later = event(alliance, "Roofing safety week", java.time.LocalDateTime.now().plusDays(30), program);
        await().atMost(INDEXED_WITHIN).until(() -> programOrder(program, "es").size() == 3);
        assertThat(programOrder(program, "es")).as("nothing curated: newest first").containsExactly(newest, middle, oldest);

        String tag = content.get("api/emphasis-programs/" + program + "/curation").headers().firstValue("ETag").orElseThrow();
        // the oldest leads for Spanish readers (featured), the middle one is pinned for everyone, the later event leads
        ContentFixtures.require(content.withHeader("If-Match", tag).put("api/emphasis-programs/" + program + "/curation",
                Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "MATERIAL").add("id", middle))
                        .add(Json.createObjectBuilder().add("kind", "MATERIAL").add("id", oldest).add("language", "es").add("featured", true))
                        .add(Json.createObjectBuilder().add("kind", "EVENT").add("id", later))).build()), 200);

        await().atMost(INDEXED_WITHIN).until(() -> programOrder(program, "es").equals(java.util.List.of(oldest, middle, newest)));
        assertThat(programOrder(program, "en")).as("the Spanish-only place is not an English reader's").containsExactly(middle, newest, oldest);
        JsonObject spanish = searchFor("program=" + program.toLowerCase() + "&lang=es");
        assertThat(spanish.getJsonArray("hits").getJsonObject(0).getBoolean("featured")).isTrue();
        assertThat(spanish.getJsonArray("hits").getJsonObject(1).getBoolean("featured")).isFalse();
        assertThat(spanish.getString("contract")).isEqualTo("1.3");
        // words typed rank by relevance, whatever the curation
        assertThat(searchFor("q=skylights&program=" + program + "&lang=es").getJsonArray("hits").getJsonObject(0).getString("materialId"))
                .isEqualTo(newest);
        await().atMost(INDEXED_WITHIN).until(() -> activityIds("program=" + program + "&lang=en").equals(java.util.List.of(later, sooner)));
        assertThat(activityIds("program=" + program + "&sort=date&lang=en")).containsExactly(sooner, later);
        assertThat(search.get("api/search?program=" + program + "&sort=favourite").status()).isEqualTo(400);
    }

    private java.util.List<String> programOrder(String program, String language) {
        return searchFor("program=" + program + "&lang=" + language).getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getString("materialId")).toList();
    }

    @Test
    void aSecuredClusterIsSearchedAsItsUserOverTlsTrustingOnlyItsCertificate() throws Exception {
        String word = "berma" + UUID.randomUUID().toString().substring(0, 6);
        String id = publishFallsMaterial("Berm height " + word, "Altura de la berma " + word);
        ElasticsearchSecurity security = ElasticsearchSecurity.superuser("alliancehub-search");
        try (ElasticsearchNode secured = stack.startSecuredElasticsearch(security)) {
            assertThat(secured.url()).startsWith("https://");
            // the node refuses whoever does not sign in, and a client that does not trust its certificate
            java.net.http.HttpClient trusting = java.net.http.HttpClient.newBuilder()
                    .sslContext(ElasticsearchSecurity.trusting(secured.certificate())).build();
            assertThat(trusting.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(secured.url() + "/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.net.http.HttpClient.newHttpClient().send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(secured.url() + "/")).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);

            // a search service of its own on the secured node, following the same content service
            try (PayaraMicroServer service = stack.startOwnWar(Map.of(
                    "alliancehub.elasticsearch.url", secured.url(),
                    "alliancehub.elasticsearch.username", security.user(),
                    "alliancehub.elasticsearch.password", security.password(),
                    "alliancehub.elasticsearch.ca-file", secured.certificate().toString(),
                    "alliancehub.content.url", stack.sideServicesUrl() + "/content"),
                    java.nio.file.Path.of("target/search-service.war"), RealStack.Service.SEARCH)) {
                JsonApi securedSearch = new JsonApi(service.url() + "/search");
                await().atMost(INDEXED_WITHIN).until(() -> new JsonApi(service.url() + "/health/ready").get("").status() == 200);
                await().atMost(INDEXED_WITHIN).until(() -> {
                    Reply answer = securedSearch.get("api/search?q=" + word + "&lang=es");
                    return answer.status() == 200 && hasHit(answer.json(), id, "es");
                });
                // what it indexed is in the secured node, read as its user
                String indices = new String(trusting.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(secured.url() + "/_cat/indices?h=index"))
                        .header("Authorization", security.authorization()).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(indices).contains("materials");
            }
        }
    }

    @Test
    void operatorsSeeSearchesByOutcomeAndTheIndexersLagWithTheirToken() {
        String word = "pala" + UUID.randomUUID().toString().substring(0, 6);
        String id = publishFallsMaterial("Shovel " + word + " swing radius", "Radio de giro de la " + word);
        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=" + word), id, "es"));
        JsonApi operator = search.withHeader("Authorization", RunningStack.metricsAuthorization());
        assertThat(search.get("operations/metrics").status()).isEqualTo(401);
        String before = operator.get("operations/metrics").body();

        searchFor("q=" + word + "&lang=es");
        searchFor("q=zzq" + UUID.randomUUID().toString().substring(0, 6) + "&lang=es");
        searchFor("q=" + word + "%20zzq" + UUID.randomUUID().toString().substring(0, 6) + "&lang=es");

        Reply after = operator.get("operations/metrics");
        assertThat(after.status()).isEqualTo(200);
        for (String outcome : List.of("found", "empty", "recovered")) {
            String counter = "alliancehub_searches_total{outcome=\"" + outcome + "\"}";
            assertThat(meter(after.body(), counter)).as(outcome).isGreaterThanOrEqualTo(meter(before, counter) + 1);
        }
        assertThat(after.body()).containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/search\",status=\"200\"} [1-9]");
        // what was published is indexed: the indexer has read the feed up to its head
        await().atMost(INDEXED_WITHIN).until(() -> meter(operator.get("operations/metrics").body(), "alliancehub_indexer_lag") == 0);
        assertThat(meter(after.body(), "alliancehub_indexer_cursor")).isPositive();
        assertThat(meter(after.body(), "alliancehub_indexer_feed_head")).isPositive();
    }

    /** A meter's value in Prometheus' text: the line that starts with its name and labels; 0 when absent. */
    private static double meter(String scraped, String nameAndLabels) {
        return scraped.lines().filter(l -> l.startsWith(nameAndLabels + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(nameAndLabels.length() + 1).strip())).orElse(0.0);
    }

    @Test
    void everySearchWithWordsIsCountedPerLanguageAndProgramAndStaffReadTheTopAndTheFruitlessOnes() {
        String word = "tolva" + UUID.randomUUID().toString().substring(0, 6);
        String id = publishFallsMaterial("Hopper " + word + " lockout", "Bloqueo de la " + word);
        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=" + word), id, "es"));
        String nothing = "zzq" + UUID.randomUUID().toString().substring(0, 6);
        // the same query typed differently counts as one: accents, case and spaces folded
        for (String typed : new String[] {word, word.toUpperCase(), "%20" + word + "%20%20", word}) {
            searchFor("q=" + typed + "&lang=es");
        }
        searchFor("q=" + nothing + "&lang=es");
        searchFor("q=" + nothing + "&lang=en&program=nep-falls");
        // the reader is shown some of the words; the words as typed found nothing, and that is the gap
        String recovered = word + " " + nothing;
        assertThat(searchFor("q=" + recovered.replace(" ", "%20") + "&lang=es").getJsonObject("recovery").getString("kind"))
                .isEqualTo("some-words");
        // page 2 of the same search is no new search; browsing without words is no query
        searchFor("q=" + word + "&lang=es&page=2");
        searchFor("lang=es&program=NEP-FALLS");
        // the portal tells which result a reader opened, without saying who; nothing else is taken
        for (int i = 0; i < 2; i++) {
            assertThat(search.post("api/analytics/opened?q=" + word.toUpperCase() + "&lang=es&material=" + id, "").status()).isEqualTo(202);
        }
        assertThat(search.post("api/analytics/opened?q=" + word + "&lang=es", "").status()).as("which material").isEqualTo(400);
        assertThat(search.post("api/analytics/opened?q=" + word + "&material=%3Cscript%3E", "").status()).isEqualTo(400);
        assertThat(search.post("api/analytics/opened?q=" + word + "&material=" + id + "&ip=10.0.0.1", "").status()).isEqualTo(400);

        String curatorName = "curator-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        ContentFixtures.require(content.post("api/accounts", Json.createObjectBuilder().add("username", curatorName)
                .add("password", password).add("role", "CURATOR").build()), 201);
        JsonApi staff = new ContentFixtures(stack.sideServicesUrl() + "/content").signedIn(curatorName, password)
                .at(Deployments.onLoopback(base));
        await().atMost(INDEXED_WITHIN).until(() -> {
            JsonObject report = staff.get("api/analytics/queries?lang=es&limit=100").json();
            return report.getJsonArray("top").toString().contains("\"query\":\"" + word + "\",\"searches\":4")
                    && report.getJsonArray("zeroResults").toString().contains("\"query\":\"" + recovered + "\"");
        });
        JsonObject spanish = staff.get("api/analytics/queries?lang=es&limit=100").json();
        await().atMost(INDEXED_WITHIN).until(() -> staff.get("api/analytics/queries?lang=es&limit=100").json().getJsonArray("top").stream()
                .map(JsonValue::asJsonObject).anyMatch(q -> q.getString("query").equals(word) && q.getInt("opened") == 2));
        assertThat(spanish.getJsonArray("zeroResults").stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("query").equals(nothing)).findFirst().orElseThrow().getInt("zeroResults")).isEqualTo(1);
        assertThat(spanish.getJsonArray("zeroResults").toString()).doesNotContain("\"query\":\"" + word + "\"");
        assertThat(spanish.getJsonNumber("zeroResultRate").doubleValue()).isBetween(0.0, 1.0);
        assertThat(spanish.getJsonNumber("searches").longValue()).isGreaterThanOrEqualTo(5);
        JsonObject falls = staff.get("api/analytics/queries?program=nep-falls").json();
        assertThat(falls.getJsonArray("zeroResults").toString()).contains(nothing);
        assertThat(falls.getJsonArray("top").toString()).as("another program's searches are not this one's").doesNotContain(word);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(staff.get("api/analytics/queries?from=" + today + "&to=" + today + "&lang=es").json().getJsonArray("top").toString())
                .contains(word);
        assertThat(staff.get("api/analytics/queries?from=2020-01-01&to=2020-01-31&lang=es").json().getJsonNumber("searches").longValue())
                .isZero();

        assertThat(search.get("api/analytics/queries").status()).isEqualTo(401);
        String partnerName = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        String union = ContentFixtures.organization(content, "Millwrights Local", "UNION");
        ContentFixtures.require(content.post("api/accounts", Json.createObjectBuilder().add("username", partnerName)
                .add("password", password).add("role", "PARTNER").add("organizationIds", Json.createArrayBuilder().add(union)).build()), 201);
        JsonApi partner = new ContentFixtures(stack.sideServicesUrl() + "/content").signedIn(partnerName, password).at(Deployments.onLoopback(base));
        assertThat(partner.get("api/analytics/queries").status()).isEqualTo(403);
        assertThat(staff.get("api/analytics/queries?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(staff.get("api/analytics/queries?from=2020-01-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(staff.get("api/analytics/queries?limit=1000").status()).isEqualTo(400);
        assertThat(staff.get("api/analytics/queries?ip=1").status()).isEqualTo(400);
    }

    @Test
    void activitiesAreFilteredByAllianceAndByTheDaysTheyOverlapInUtc() {
        String union = ContentFixtures.organization(content, "Ironworkers Local", "UNION");
        String alliance = ContentFixtures.alliance(content, "Steel Erection Alliance", union);
        String other = ContentFixtures.alliance(content, "Another Steel Alliance", union);
        String program = "NEP-STEEL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ContentFixtures.require(content.post("api/emphasis-programs", Json.createObjectBuilder().add("code", program)
                .add("agency", "OSHA").add("scope", "NATIONAL").add("nameEnglish", "Steel erection")
                .add("nameSpanish", "Montaje de acero").build()), 201);
        // Chicago is UTC-5 in June: the evening one starts on June 21 in UTC
        String morning = ContentFixtures.require(content.post("api/events", Json.createObjectBuilder()
                .add("allianceId", alliance).add("kind", "SEMINAR").add("title", "Connector safety seminar")
                .add("description", "Fall protection for connectors & decking crews.")
                .add("startsLocal", "2031-06-10T09:00").add("endsLocal", "2031-06-10T13:00").add("timeZone", "America/Chicago")
                .add("place", "Chicago, Illinois").add("languages", Json.createArrayBuilder().add("en"))
                .add("emphasisPrograms", Json.createArrayBuilder().add(program)).build()), 201).getString("id");
        assertThat(content.post("api/events/" + morning + "/publish", "").status()).isEqualTo(200);
        String evening = event(alliance, "Night shift steel erection briefing", java.time.LocalDateTime.parse("2031-06-20T20:00"));
        String elsewhere = event(other, "Connector safety seminar, the other alliance", java.time.LocalDateTime.parse("2031-06-10T09:00"));
        String training = ContentFixtures.require(content.post("api/trainings", Json.createObjectBuilder()
                .add("allianceId", alliance).add("title", "Steel erection competent person")
                .add("languages", Json.createArrayBuilder().add("en")).add("format", "ONLINE").build()), 201).getString("id");
        assertThat(content.post("api/trainings/" + training + "/publish", "").status()).isEqualTo(200);
        await().atMost(INDEXED_WITHIN).until(() -> activityIds("alliance=" + alliance + "&when=any").containsAll(List.of(morning, evening, training))
                && activityIds("alliance=" + other + "&when=any").contains(elsewhere));

        assertThat(activityIds("alliance=" + alliance + "&when=any")).as("exactly the alliance's")
                .containsExactlyInAnyOrder(morning, evening, training);
        assertThat(activityIds("alliance=" + alliance + "&from=2031-06-01&to=2031-06-20")).as("June 1 to 20 in UTC, events only")
                .containsExactly(morning);
        assertThat(activityIds("alliance=" + alliance + "&from=2031-06-21")).containsExactly(evening);
        assertThat(activityIds("alliance=" + alliance + "&to=2031-06-10")).containsExactly(morning);
        assertThat(activityIds("alliance=" + alliance + "&from=2031-06-10&to=2031-06-10")).as("a one-day period").containsExactly(morning);
        assertThat(activityIds("alliance=" + alliance + "&from=2031-06-11&to=2031-06-20")).isEmpty();
        assertThat(activityIds("from=2031-06-10&to=2031-06-10&kind=event&size=100")).contains(morning, elsewhere).doesNotContain(evening);

        JsonObject hit = search.get("api/activities?alliance=" + alliance + "&from=2031-06-10&to=2031-06-10").json().getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("kind")).isEqualTo("EVENT");
        assertThat(hit.getString("description")).isEqualTo("Fall protection for connectors & decking crews.");
        assertThat(hit.getJsonArray("programs").getString(0)).isEqualTo(program);
        assertThat(search.get("api/activities?alliance=" + alliance).json().getString("contract")).isEqualTo(org.alliancehub.contracts.search.SearchContract.VERSION);

        Reply backwards = search.get("api/activities?from=2031-06-21&to=2031-06-20");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.body()).contains("from");
        assertThat(search.get("api/activities?from=2031-6-1").status()).isEqualTo(400);
        assertThat(search.get("api/activities?to=1800-01-01").status()).isEqualTo(400);
    }

    @Test
    void versionsInOtherLanguagesAreFoundWithTheirOwnAnalysisAndListedInTheLanguageFacet() {
        String union = ContentFixtures.organization(content, "Building Trades Council", "UNION");
        String alliance = ContentFixtures.alliance(content, "Multilingual Outreach Alliance", union);
        String id = ContentFixtures.publishedMaterial(content, draft(alliance, "POSTER", "scaffolds",
                version("en", "Check the scaffold before you climb", "Planks, guardrails, base plates."),
                version("pt-BR", "Verifique o andaime antes de subir", "Tábuas, guarda-corpos e placas de base."),
                version("zh", "攀爬前检查脚手架", "检查木板、护栏和底板。"),
                version("ht", "Tcheke echafodaj la anvan ou monte", "Planch, balistrad ak plak baz.")));

        // the versions are separate documents of one bulk request, and a periodic refresh may show part of
        // a bulk: each is awaited, not assumed once another one shows
        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=echafodaj"), id, "ht"));
        // Portuguese stemming: the plural finds the singular
        await().atMost(INDEXED_WITHIN).until(() -> hasHit(searchFor("q=andaimes"), id, "pt-BR"));
        // Chinese bigrams: a two-character word inside the title
        await().atMost(INDEXED_WITHIN).until(() ->
                hasHit(searchFor("q=" + java.net.URLEncoder.encode("脚手架", java.nio.charset.StandardCharsets.UTF_8)), id, "zh"));
        String languages = searchFor("q=&agency=OSHA&size=1").getJsonObject("facets").getJsonArray("language").toString();
        assertThat(languages).contains("\"pt-BR\"", "\"zh\"", "\"ht\"", "\"en\"");
    }

    /** A word no other test uses, so that a search for it finds only this test's documents. */
    private static String word() {
        StringBuilder letters = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private boolean materialFound(String query, String materialId) {
        return hasHit(searchFor("q=" + query + "&lang=en"), materialId, "en");
    }

    private String allianceNameOfActivity(String query, String activityId) {
        return search.get("api/activities?q=" + query + "&when=any&lang=en").json().getJsonArray("hits").stream()
                .map(v -> v.asJsonObject()).filter(h -> h.getString("id").equals(activityId))
                .map(h -> h.getString("allianceName")).findFirst().orElse(null);
    }

    @Test
    void aChangeToAnythingAPublicDocumentIsMadeOfReachesTheIndex() {
        String orgBefore = word(), orgAfter = word(), programBefore = word(), programAfter = word();
        String allianceBefore = word(), allianceAfter = word(), activityWord = word();
        String union = ContentFixtures.organization(content, "Boilermakers " + orgBefore, "UNION");
        String program = "NEP-DUST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ContentFixtures.require(content.post("api/emphasis-programs", Json.createObjectBuilder().add("code", program)
                .add("agency", "OSHA").add("scope", "NATIONAL").add("nameEnglish", "Combustible dust " + programBefore)
                .add("nameSpanish", "Polvo combustible").build()), 201);
        String alliance = ContentFixtures.alliance(content, "Grain Handling Alliance " + allianceBefore, union);
        String material = ContentFixtures.publishedMaterial(content, Json.createObjectBuilder(draft(alliance, "FACT_SHEET", "dust",
                        version("en", "Housekeeping against dust explosions", "Clean ledges and beams before dust builds up."),
                        version("es", "Limpieza contra explosiones de polvo", "Limpie repisas y vigas antes de que se acumule el polvo.")))
                .add("emphasisPrograms", Json.createArrayBuilder().add(program)).build());
        String training = ContentFixtures.require(content.post("api/trainings", Json.createObjectBuilder()
                .add("allianceId", alliance).add("title", "Grain bin entry " + activityWord)
                .add("languages", Json.createArrayBuilder().add("en")).add("format", "ONLINE")
                .add("emphasisPrograms", Json.createArrayBuilder().add(program)).build()), 201).getString("id");
        assertThat(content.post("api/trainings/" + training + "/publish", "").status()).isEqualTo(200);
        String event = event(alliance, "Grain safety week " + activityWord, java.time.LocalDateTime.now().plusDays(20));
        await().atMost(INDEXED_WITHIN).until(() -> materialFound(orgBefore, material) && materialFound(programBefore, material)
                && allianceNameOfActivity(activityWord, training) != null && allianceNameOfActivity(activityWord, event) != null);

        // a participant renamed: every public document of its alliances carries the new name
        ContentFixtures.require(content.put("api/organizations/" + union, Json.createObjectBuilder()
                .add("name", "Boilermakers " + orgAfter).add("type", "UNION").build()), 200);
        await().atMost(INDEXED_WITHIN).until(() -> materialFound(orgAfter, material));
        assertThat(materialFound(orgBefore, material)).as("the old name finds nothing").isFalse();

        // an emphasis program renamed: whatever supports it
        ContentFixtures.require(content.put("api/emphasis-programs/" + program, Json.createObjectBuilder().add("code", program)
                .add("agency", "OSHA").add("scope", "NATIONAL").add("nameEnglish", "Combustible dust " + programAfter)
                .add("nameSpanish", "Polvo combustible").build()), 200);
        await().atMost(INDEXED_WITHIN).until(() -> materialFound(programAfter, material));
        assertThat(materialFound(programBefore, material)).isFalse();

        // the alliance renamed: its materials, trainings and events
        ContentFixtures.require(content.put("api/alliances/" + alliance, Json.createObjectBuilder()
                .add("name", "Grain Handling Alliance " + allianceAfter).add("agency", "OSHA").add("level", "NATIONAL")
                .add("signedOn", "2024-03-01").add("participantIds", Json.createArrayBuilder().add(union)).build()), 200);
        await().atMost(INDEXED_WITHIN).until(() -> ("Grain Handling Alliance " + allianceAfter).equals(allianceNameOfActivity(activityWord, training))
                && ("Grain Handling Alliance " + allianceAfter).equals(allianceNameOfActivity(activityWord, event))
                && materialFound(allianceAfter, material));
        assertThat(materialFound(allianceBefore, material)).isFalse();
    }
}
