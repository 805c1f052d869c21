package org.alliancehub.web.infrastructure.client.workspace;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** A response body read as a JSON object: a problem or an answer; anything else reads as an empty object. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject object(String body) {
        if (body == null || !body.strip().startsWith("{")) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException unreadable) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
