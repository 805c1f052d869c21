package org.alliancehub.content.interfaces.rest;

import java.io.StringReader;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.problem.Problem;

/** The optional body of a lifecycle step: nothing, or {@code {"comment": "..."}}. */
final class StepComment {

    /** Looked up once: each Json.create… call would search the class path for a provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private StepComment() {
    }

    static String of(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            return json.get("comment") instanceof JsonString comment ? comment.getString() : null;
        } catch (JsonException | IllegalStateException e) {
            throw new WebApplicationException(Problem.of(400, "malformed-json", "Malformed JSON",
                    "A lifecycle step takes no body, or {\"comment\": \"why\"}.").toResponse());
        }
    }
}
