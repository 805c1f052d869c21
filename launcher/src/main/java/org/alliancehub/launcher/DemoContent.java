package org.alliancehub.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Loads the demo organizations, alliances and their materials (English and Spanish) through the
 * content service's REST API, signed in as the first admin, when the database has no alliance yet.
 */
final class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String RESOURCE = "demo-content.json";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String contentUrl;
    private final String adminPassword;
    private String token;

    DemoContent(String contentUrl, String adminPassword) {
        this.contentUrl = contentUrl;
        this.adminPassword = adminPassword;
    }

    /** Loads the demo content unless there are alliances already; returns the number of materials published. */
    int loadIfEmpty() throws IOException, InterruptedException {
        JsonObject alliances = read(send("GET", "/api/alliances?size=1", null, 200));
        if (alliances.getJsonNumber("total").longValue() > 0) {
            LOG.info("The database has content already; no demo content loaded");
            return 0;
        }
        token = read(send("POST", "/api/auth/token", Json.createObjectBuilder()
                .add("username", "admin").add("password", adminPassword).build().toString(), 200)).getString("token");
        JsonArray demo;
        try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            demo = reader.readArray();
        }
        Map<String, String> organizationIds = new HashMap<>();
        int published = 0;
        for (JsonValue value : demo) {
            JsonObject alliance = value.asJsonObject();
            JsonArrayBuilder participantIds = Json.createArrayBuilder();
            for (JsonValue p : alliance.getJsonArray("participants")) {
                participantIds.add(organizationId(p.asJsonObject(), organizationIds));
            }
            JsonObjectBuilder allianceBody = Json.createObjectBuilder(alliance)
                    .remove("materials").remove("participants").add("participantIds", participantIds);
            String allianceId = read(send("POST", "/api/alliances", allianceBody.build().toString(), 201)).getString("id");
            for (JsonValue m : alliance.getJsonArray("materials")) {
                JsonObject material = Json.createObjectBuilder(m.asJsonObject()).add("allianceId", allianceId).build();
                String materialId = read(send("POST", "/api/materials", material.toString(), 201)).getString("id");
                for (String step : new String[] {"submit", "review", "publish"}) {
                    send("POST", "/api/materials/" + materialId + "/" + step, "", 200);
                }
                published++;
            }
        }
        LOG.info("Demo content loaded: " + organizationIds.size() + " organizations, " + demo.size() + " alliances, "
                + published + " materials published");
        return published;
    }

    private String organizationId(JsonObject participant, Map<String, String> known) throws IOException, InterruptedException {
        String name = participant.getString("name");
        String id = known.get(name);
        if (id == null) {
            id = read(send("POST", "/api/organizations", participant.toString(), 201)).getString("id");
            known.put(name, id);
        }
        return id;
    }

    private String send(String method, String path, String body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(contentUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
