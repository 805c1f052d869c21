package org.alliancehub.search.infrastructure.feed;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.alliancehub.search.application.ContentChanges;
import org.alliancehub.search.application.IndexedVersion;
import org.alliancehub.search.application.MaterialChange;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Reads the change feed of the content service at {@code alliancehub.content.url} and translates
 * its public material representation into indexed versions: the one place that knows the feed's JSON.
 */
@ApplicationScoped
public class RestContentChanges implements ContentChanges {

    @Inject
    @ConfigProperty(name = "alliancehub.content.url")
    String contentUrl;

    private ContentFeedApi api;

    @PostConstruct
    void connect() {
        api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(contentUrl))
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build(ContentFeedApi.class);
    }

    @Override
    public Batch after(long seq, int limit) {
        JsonObject page = api.changes(seq, limit);
        List<MaterialChange> changes = new ArrayList<>();
        for (JsonValue value : page.getJsonArray("changes")) {
            JsonObject change = value.asJsonObject();
            if (!"material".equals(change.getString("kind"))) {
                continue;
            }
            long changeSeq = change.getJsonNumber("seq").longValue();
            String id = change.getString("id");
            if ("delete".equals(change.getString("action")) || !change.containsKey("data")) {
                changes.add(MaterialChange.removal(changeSeq, id));
            } else {
                changes.add(new MaterialChange(changeSeq, id, false, versionsOf(change.getJsonObject("data"))));
            }
        }
        return new Batch(changes, page.getJsonNumber("next").longValue(), page.getJsonNumber("head").longValue());
    }

    static List<IndexedVersion> versionsOf(JsonObject material) {
        List<String> languages = new ArrayList<>();
        for (JsonValue v : material.getJsonArray("versions")) {
            languages.add(v.asJsonObject().getString("language"));
        }
        List<IndexedVersion> versions = new ArrayList<>();
        for (JsonValue v : material.getJsonArray("versions")) {
            JsonObject version = v.asJsonObject();
            versions.add(new IndexedVersion(
                    material.getString("id"),
                    version.getString("language"),
                    version.getString("title"),
                    text(version, "summary"),
                    text(version, "text"),
                    material.getString("type"),
                    strings(material.getJsonArray("topics")),
                    material.getString("allianceId"),
                    material.getString("allianceName"),
                    material.getString("agency"),
                    strings(material.getJsonArray("participants")),
                    text(material, "publicationNumber"),
                    text(material, "publicationDate") == null ? null : LocalDate.parse(material.getString("publicationDate")),
                    text(material, "publishedAt") == null ? null : OffsetDateTime.parse(material.getString("publishedAt")),
                    languages));
        }
        return versions;
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
