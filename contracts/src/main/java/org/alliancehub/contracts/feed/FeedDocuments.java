package org.alliancehub.contracts.feed;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * Writes and reads the feed's documents with JSON-B: the one way both sides turn records into JSON
 * and back. Fields a reader does not know are ignored (JSON-B's default), fields it misses are null.
 */
public final class FeedDocuments {

    /** Thread-safe, and costly to make: one per class loader is plenty. */
    private static final Jsonb JSON = JsonbBuilder.create();

    private FeedDocuments() {
    }

    public static String toJson(Object document) {
        return JSON.toJson(document);
    }

    public static ChangeFeedPage page(String json) {
        return JSON.fromJson(json, ChangeFeedPage.class);
    }

    public static MaterialDocument material(ChangeEntry entry) {
        return read(entry, MaterialDocument.class);
    }

    public static TrainingDocument training(ChangeEntry entry) {
        return read(entry, TrainingDocument.class);
    }

    public static EventDocument event(ChangeEntry entry) {
        return read(entry, EventDocument.class);
    }

    private static <T> T read(ChangeEntry entry, Class<T> type) {
        JsonObject data = entry.data();
        if (data == null) {
            throw new JsonbException("Entry " + entry.seq() + " has no document");
        }
        return JSON.fromJson(data.toString(), type);
    }
}
