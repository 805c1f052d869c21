package org.alliancehub.stack.junit;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * Test data made the way people make it: through the content service's API, signed in. Names get
 * a random suffix so tests never depend on each other's data.
 */
public final class ContentFixtures {

    private final JsonApi anonymous;

    public ContentFixtures(String contentBaseUrl) {
        this.anonymous = new JsonApi(contentBaseUrl);
    }

    /** A client signed in with the token the content service issues for these credentials. */
    public JsonApi signedIn(String username, String password) {
        JsonApi.Reply reply = anonymous.post("api/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build());
        if (reply.status() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + reply.status() + " " + reply.body());
        }
        return anonymous.withToken(reply.json().getString("token"));
    }

    public JsonApi admin(RunningStack stack) {
        return signedIn("admin", stack.adminPassword());
    }

    /** Creates an organization; returns its id. */
    public static String organization(JsonApi staff, String name, String type) {
        JsonApi.Reply reply = staff.post("api/organizations", Json.createObjectBuilder()
                .add("name", name + " " + UUID.randomUUID().toString().substring(0, 8)).add("type", type).build());
        return require(reply, 201).getString("id");
    }

    /** Creates an organization with a website; returns its id. */
    public static String organization(JsonApi staff, String name, String type, String website) {
        JsonApi.Reply reply = staff.post("api/organizations", Json.createObjectBuilder()
                .add("name", name + " " + UUID.randomUUID().toString().substring(0, 8)).add("type", type).add("website", website).build());
        return require(reply, 201).getString("id");
    }

    /** A national OSHA alliance of the given organizations; returns its id. */
    public static String alliance(JsonApi staff, String name, String... organizationIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (String id : organizationIds) {
            ids.add(id);
        }
        JsonApi.Reply reply = staff.post("api/alliances", Json.createObjectBuilder()
                .add("name", name).add("agency", "OSHA").add("level", "NATIONAL").add("signedOn", "2024-03-01")
                .add("participantIds", ids).build());
        return require(reply, 201).getString("id");
    }

    /** Creates a draft with an English and a Spanish version and publishes it; returns its id. */
    public static String publishedMaterial(JsonApi staff, String allianceId, String englishTitle, String englishSummary,
                                           String spanishTitle, String spanishSummary) {
        JsonApi.Reply created = staff.post("api/materials", Json.createObjectBuilder()
                .add("allianceId", allianceId)
                .add("type", "FACT_SHEET")
                .add("topics", Json.createArrayBuilder().add("falls"))
                .add("versions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "en").add("title", englishTitle).add("summary", englishSummary))
                        .add(Json.createObjectBuilder().add("language", "es").add("title", spanishTitle).add("summary", spanishSummary)))
                .build());
        return publish(staff, require(created, 201).getString("id"));
    }

    /** Creates the material described (as the API takes it) and publishes it; returns its id. */
    public static String publishedMaterial(JsonApi staff, JsonObject draft) {
        return publish(staff, require(staff.post("api/materials", draft), 201).getString("id"));
    }

    /** Takes a draft through submit, review and publish; returns its id. */
    public static String publish(JsonApi staff, String materialId) {
        for (String step : new String[] {"submit", "review", "publish"}) {
            require(staff.post("api/materials/" + materialId + "/" + step, ""), 200);
        }
        return materialId;
    }

    /**
     * Drafts the event described, as the API takes it ({@code allianceId}, {@code kind}, {@code title},
     * {@code startsLocal}, {@code endsLocal} and {@code timeZone}, {@code place} or {@code onlineLink},
     * {@code languages}…), and publishes it; returns its id.
     */
    public static String publishedEvent(JsonApi staff, JsonObject draft) {
        return publishActivity(staff, "events", require(staff.post("api/events", draft), 201).getString("id"));
    }

    /** Drafts the training described ({@code allianceId}, {@code title}, {@code format}, {@code languages}…) and publishes it; returns its id. */
    public static String publishedTraining(JsonApi staff, JsonObject draft) {
        return publishActivity(staff, "trainings", require(staff.post("api/trainings", draft), 201).getString("id"));
    }

    /** Publishes a draft training or event ({@code kind}: trainings or events); returns its id. */
    public static String publishActivity(JsonApi staff, String kind, String id) {
        require(staff.post("api/" + kind + "/" + id + "/publish", ""), 200);
        return id;
    }

    public static JsonObject require(JsonApi.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }
}
