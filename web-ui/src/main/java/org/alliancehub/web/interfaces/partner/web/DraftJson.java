package org.alliancehub.web.interfaces.partner.web;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** How the workspace's forms become the content service's request bodies: blank fields left out, words trimmed and once. */
final class DraftJson {

    private DraftJson() {
    }

    /** Adds the field when something was typed, trimmed; a blank field is not sent. */
    static void optional(JsonObjectBuilder body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.add(name, value.strip());
        }
    }

    /** The words as a JSON array, trimmed, blanks and repeats dropped. */
    static JsonArrayBuilder words(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().forEach(array::add);
        return array;
    }
}
