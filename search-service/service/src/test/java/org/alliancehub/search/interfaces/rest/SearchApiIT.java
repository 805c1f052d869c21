package org.alliancehub.search.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.alliancehub.search.Deployments;
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

        // the English version is found by its own words, with stemming
        assertThat(hasHit(searchFor("q=fall+truck&lang=en"), id, "en")).isTrue();
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

        Reply notFound = search.get("api/nothing");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");
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
}
