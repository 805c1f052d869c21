package org.alliancehub.content.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.alliancehub.content.Deployments;
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

/** The content service's REST API against a real PostgreSQL, through HTTP. */
@RealStack
@ExtendWith({RealStackExtension.class, ArquillianExtension.class})
class ContentApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.contentService();
    }

    @ArquillianResource
    URL base;

    private JsonApi anonymous;
    private JsonApi writer;

    @BeforeEach
    void clients(RunningStack stack) {
        anonymous = new JsonApi(Deployments.onLoopback(base));
        writer = anonymous.withToken(stack.writeToken());
    }

    static JsonObject alliance(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("agency", "MSHA")
                .add("level", "NATIONAL")
                .add("signedOn", "2022-06-14")
                .add("participants", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "National Stone, Sand & Gravel Association").add("type", "TRADE_ASSOCIATION"))
                        .add(Json.createObjectBuilder().add("name", "United Steelworkers").add("type", "UNION")))
                .build();
    }

    static JsonObject fallsMaterial(String allianceId) {
        return Json.createObjectBuilder()
                .add("allianceId", allianceId)
                .add("type", "FACT_SHEET")
                .add("publicationNumber", "FS-101")
                .add("publicationDate", "2024-03-01")
                .add("topics", Json.createArrayBuilder().add("falls"))
                .add("versions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "en").add("title", "Preventing falls from haul trucks")
                                .add("summary", "Three points of contact on ladders and steps."))
                        .add(Json.createObjectBuilder().add("language", "ES").add("title", "Cómo prevenir caídas de camiones")
                                .add("summary", "Tres puntos de contacto en escaleras y peldaños.")))
                .build();
    }

    private String createAlliance() {
        Reply created = writer.post("api/alliances", alliance("Mine Safety Alliance"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    @Test
    void aMaterialBecomesPublicAndReachesTheChangeFeedOnlyWhenPublished() {
        String allianceId = createAlliance();
        long headBefore = anonymous.get("api/changes?limit=1").json().getJsonNumber("head").longValue();

        Reply created = writer.post("api/materials", fallsMaterial(allianceId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/materials/"));
        JsonObject draft = created.json();
        String id = draft.getString("id");
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("versions")).hasSize(2);
        assertThat(draft.getJsonArray("versions").getJsonObject(1).getString("language")).isEqualTo("es");

        assertThat(anonymous.get("api/materials/" + id).status()).as("drafts are not public").isEqualTo(404);
        assertThat(anonymous.get("api/changes?after=" + headBefore).json().getJsonArray("changes")).isEmpty();

        assertThat(writer.post("api/materials/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(writer.post("api/materials/" + id + "/review", "").status()).isEqualTo(200);
        Reply published = writer.post("api/materials/" + id + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().getString("state")).isEqualTo("PUBLISHED");

        Reply publicView = anonymous.get("api/materials/" + id);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.json().getString("allianceName")).isEqualTo("Mine Safety Alliance");
        assertThat(publicView.headers().firstValue("ETag")).isPresent();

        JsonObject feed = anonymous.get("api/changes?after=" + headBefore).json();
        assertThat(feed.getJsonArray("changes")).hasSize(1);
        JsonObject change = feed.getJsonArray("changes").getJsonObject(0);
        assertThat(change.getString("kind")).isEqualTo("material");
        assertThat(change.getString("id")).isEqualTo(id);
        assertThat(change.getString("action")).isEqualTo("upsert");
        assertThat(change.getJsonObject("data").getJsonArray("versions").getJsonObject(1).getString("title"))
                .isEqualTo("Cómo prevenir caídas de camiones");
        assertThat(feed.getJsonNumber("next").longValue()).isEqualTo(change.getJsonNumber("seq").longValue());

        Reply withdrawn = writer.post("api/materials/" + id + "/withdraw", "");
        assertThat(withdrawn.json().getString("state")).isEqualTo("WITHDRAWN");
        assertThat(anonymous.get("api/materials/" + id).status()).isEqualTo(404);
        JsonObject afterWithdraw = anonymous.get("api/changes?after=" + feed.getJsonNumber("next").longValue()).json();
        assertThat(afterWithdraw.getJsonArray("changes")).singleElement()
                .satisfies(c -> assertThat(c.asJsonObject().getString("action")).isEqualTo("delete"))
                .satisfies(c -> assertThat(c.asJsonObject().containsKey("data")).isFalse());
    }

    @Test
    void languageVersionsAreAddedToDraftsAndFlagOutdatedTranslations() {
        String id = writer.post("api/materials", fallsMaterial(createAlliance())).json().getString("id");

        Reply updated = writer.put("api/materials/" + id + "/versions/en",
                Json.createObjectBuilder().add("title", "Preventing falls from haul trucks and loaders").build());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonObject spanish = updated.json().getJsonArray("versions").getJsonObject(1);
        assertThat(spanish.getBoolean("translationOutdated")).isTrue();

        Reply portuguese = writer.put("api/materials/" + id + "/versions/pt_br",
                Json.createObjectBuilder().add("title", "Prevenção de quedas").build());
        assertThat(portuguese.json().getJsonArray("versions").getJsonObject(2).getString("language")).isEqualTo("pt-BR");

        Reply badLanguage = writer.put("api/materials/" + id + "/versions/not%20a%20language",
                Json.createObjectBuilder().add("title", "x").build());
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.json().getString("detail")).contains("BCP 47");
    }

    @Test
    void lifecycleStepsOutOfOrderAreConflicts() {
        String id = writer.post("api/materials", fallsMaterial(createAlliance())).json().getString("id");

        Reply publishDraft = writer.post("api/materials/" + id + "/publish", "");
        assertThat(publishDraft.status()).isEqualTo(409);
        assertThat(publishDraft.contentType()).startsWith("application/problem+json");
        assertThat(publishDraft.json().getString("detail")).isEqualTo("Cannot publish a material that is draft.");
    }

    @Test
    void badInputGetsProblemDetailsAndChangesNothing() {
        long alliancesBefore = anonymous.get("api/alliances").json().getJsonNumber("total").longValue();

        Reply malformed = writer.post("api/alliances", "{\"name\": \"unterminated");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().getString("title")).isEqualTo("Malformed JSON");

        Reply wrongEnum = writer.post("api/alliances", alliance("X").toString().replace("MSHA", "NASA"));
        assertThat(wrongEnum.status()).isEqualTo(400);

        Reply missingName = writer.post("api/alliances",
                Json.createObjectBuilder(alliance("x")).remove("name").build());
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.json().getString("field")).isEqualTo("name");

        Reply regionalMsha = writer.post("api/alliances",
                Json.createObjectBuilder(alliance("x")).add("level", "REGIONAL").add("regionOrOffice", "Region 3").build());
        assertThat(regionalMsha.status()).isEqualTo(400);
        assertThat(regionalMsha.json().getString("detail")).isEqualTo("MSHA alliances are national.");

        Reply unknownAlliance = writer.post("api/materials", fallsMaterial("no-such-alliance"));
        assertThat(unknownAlliance.status()).isEqualTo(404);

        assertThat(anonymous.get("api/alliances").json().getJsonNumber("total").longValue()).isEqualTo(alliancesBefore);
    }

    @Test
    void unknownRoutesAndMethodsAnswerProblemDetails() {
        for (String path : new String[] {"api/nothing-here", "nothing-here", "api/materials/does-not-exist"}) {
            Reply reply = anonymous.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
            assertThat(reply.json().getInt("status")).isEqualTo(404);
            assertThat(reply.body()).doesNotContain("Exception");
        }
        Reply wrongMethod = writer.delete("api/alliances");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");

        Reply hugePage = anonymous.get("api/materials?page=100000&size=100");
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(hugePage.json().getString("field")).isEqualTo("page");
        assertThat(anonymous.get("api/changes?limit=5000").status()).isEqualTo(400);
    }

    @Test
    void writesNeedTheWriteToken() {
        Reply anonymousWrite = anonymous.post("api/alliances", alliance("Sneaky"));
        assertThat(anonymousWrite.status()).isEqualTo(401);
        assertThat(anonymousWrite.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        Reply wrongToken = anonymous.withToken("not-the-token-at-all").post("api/alliances", alliance("Sneaky"));
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(wrongToken.contentType()).startsWith("application/problem+json");

        assertThat(anonymous.get("api/alliances").body()).doesNotContain("Sneaky");
    }

    @Test
    void reportsReadinessWithTheDatabase() {
        String server = Deployments.onLoopback(base).replaceFirst("/content/?$", "");
        Reply ready = new JsonApi(server).get("/health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("content-database").contains("UP");
        assertThat(new JsonApi(server).get("/openapi").status()).isEqualTo(200);
    }
}
