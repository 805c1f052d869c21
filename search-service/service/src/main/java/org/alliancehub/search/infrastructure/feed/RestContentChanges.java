package org.alliancehub.search.infrastructure.feed;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
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
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.search.application.ActivityChange;
import org.alliancehub.search.application.ContentChanges;
import org.alliancehub.search.application.IndexedActivity;
import org.alliancehub.search.application.IndexedVersion;
import org.alliancehub.search.application.MaterialChange;
import org.alliancehub.search.application.RefusedChange;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
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

    /**
     * A brief hiccup (a restart of the content service, a dropped connection) is retried here with
     * jittered delays; a longer outage reaches the indexer's schedule, which backs off up to 30 s.
     */
    @Override
    @Retry(maxRetries = 3, delay = 200, jitter = 100, retryOn = {ProcessingException.class, WebApplicationException.class})
    public Batch after(long seq, int limit) {
        JsonObject page = api.changes(seq, limit);
        List<MaterialChange> changes = new ArrayList<>();
        List<ActivityChange> activities = new ArrayList<>();
        List<RefusedChange> unreadable = new ArrayList<>();
        JsonArray entries = page.getJsonArray("changes");
        for (JsonValue value : entries) {
            JsonObject change = value.asJsonObject();
            String kind = change.getString("kind");
            long changeSeq = change.getJsonNumber("seq").longValue();
            String id = change.getString("id");
            boolean removed = "delete".equals(change.getString("action")) || !(change.get("data") instanceof JsonObject);
            try {
                if ("material".equals(kind)) {
                    changes.add(removed ? MaterialChange.removal(changeSeq, id)
                            : new MaterialChange(changeSeq, id, false, versionsOf(change.getJsonObject("data"))));
                } else if ("training".equals(kind) || "event".equals(kind)) {
                    IndexedActivity.Kind activityKind = "training".equals(kind) ? IndexedActivity.Kind.TRAINING : IndexedActivity.Kind.EVENT;
                    activities.add(new ActivityChange(changeSeq, activityKind, id,
                            removed ? null : activityOf(activityKind, change.getJsonObject("data"))));
                }
            } catch (DateTimeException | ClassCastException | NullPointerException e) {
                // one entry's data is malformed (a date that does not parse, a missing field): reported and
                // skipped, as a document the engine refuses is; the envelope above is still trusted
                unreadable.add(new RefusedChange(changeSeq, kind, id, "unreadable in the feed: " + e.getMessage(), Instant.now()));
            }
        }
        return new Batch(changes, activities, unreadable, entries.size(), page.getJsonNumber("next").longValue(),
                page.getJsonNumber("head").longValue());
    }

    static IndexedActivity activityOf(IndexedActivity.Kind kind, JsonObject a) {
        return new IndexedActivity(a.getString("id"), kind, a.getString("title"), text(a, "description"),
                strings(a.getJsonArray("topics")), strings(a.getJsonArray("audiences")), strings(a.getJsonArray("languages")),
                programCodes(a.getJsonArray("emphasisPrograms")), a.getString("allianceId"), text(a, "allianceName"), text(a, "agency"),
                text(a, "format"), a.get("durationMinutes") instanceof jakarta.json.JsonNumber n ? n.intValue() : null,
                text(a, "provider"), text(a, "link"),
                text(a, "kind"), dateTime(a, "startsAt"), dateTime(a, "endsAt"), text(a, "timeZone"),
                text(a, "place"), text(a, "onlineLink"), text(a, "registrationLink"));
    }

    private static List<String> programCodes(JsonArray programs) {
        List<String> codes = new ArrayList<>();
        if (programs != null) {
            for (JsonValue p : programs) {
                codes.add(p.asJsonObject().getString("code"));
            }
        }
        return codes;
    }

    private static OffsetDateTime dateTime(JsonObject object, String key) {
        String value = text(object, key);
        return value == null ? null : OffsetDateTime.parse(value);
    }

    static List<IndexedVersion> versionsOf(JsonObject material) {
        List<String> languages = new ArrayList<>();
        for (JsonValue v : material.getJsonArray("versions")) {
            languages.add(v.asJsonObject().getString("language"));
        }
        JsonArray programs = material.getJsonArray("emphasisPrograms");
        List<String> programCodes = programCodes(programs);
        List<String> programNames = new ArrayList<>();
        if (programs != null) {
            for (JsonValue p : programs) {
                programNames.add(text(p.asJsonObject(), "nameEnglish"));
                programNames.add(text(p.asJsonObject(), "nameSpanish"));
            }
        }
        programNames.removeIf(java.util.Objects::isNull);
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
                    strings(material.getJsonArray("industries")),
                    strings(material.getJsonArray("audiences")),
                    programCodes, programNames,
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
