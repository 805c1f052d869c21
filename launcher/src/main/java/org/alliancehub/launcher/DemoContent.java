package org.alliancehub.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.alliancehub.stack.HttpProbe;

/**
 * Loads the demo (demo-content.json) through the content service's REST API, signed in as the first
 * admin, when the database has no alliance yet: emphasis programs; organizations and alliances with
 * their goals and terms; materials, each language version with a PDF written for it; trainings and
 * events. Materials are published once their files' text is extracted, so that the search index
 * gets them whole; trainings and events at once.
 */
final class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String RESOURCE = "demo-content.json";
    private static final String PDF = "application/pdf";
    /** Extraction of a one-page PDF takes well under a second; this only bounds a stuck queue. */
    private static final Duration EXTRACTION_WAIT = Duration.ofMinutes(1);

    private final ContentApi api;
    private final String adminPassword;
    private final DemoDates dates;

    DemoContent(String contentUrl, String adminPassword, LocalDate today) {
        this.api = new ContentApi(contentUrl);
        this.adminPassword = adminPassword;
        this.dates = new DemoDates(today);
    }

    /** The demo as the launcher ships it. */
    static JsonObject demo() throws IOException {
        try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** Loads the demo content unless there are alliances already; returns the number of materials published. */
    /** The demo partner's user name: a newcomer signs in with it to see the partner workspace. */
    static final String DEMO_PARTNER = "demo-partner";

    private String partnerUsername;
    private String partnerPassword;

    /** Also makes a partner account for the first alliance's first participant, with this password. */
    DemoContent withPartner(String username, String password) {
        this.partnerUsername = username;
        this.partnerPassword = password;
        return this;
    }

    int loadIfEmpty() throws IOException, InterruptedException {
        if (api.get("/api/alliances?size=1").getJsonNumber("total").longValue() > 0) {
            LOG.info("The database has content already; no demo content loaded");
            return 0;
        }
        long begin = System.nanoTime();
        api.signIn("admin", adminPassword);
        JsonObject demo = demo();
        DemoDocuments documents = new DemoDocuments(demo);

        for (JsonValue program : demo.getJsonArray("emphasisPrograms")) {
            api.post("/api/emphasis-programs", program.asJsonObject(), 201);
        }
        Map<String, String> organizationIds = new HashMap<>();
        List<String> drafts = new ArrayList<>();
        int files = 0;
        int activities = 0;
        boolean partnerMade = false;
        for (JsonObject alliance : demo.getJsonArray("alliances").getValuesAs(JsonObject.class)) {
            String allianceId = createAlliance(alliance, organizationIds);
            if (partnerUsername != null && !partnerMade) {
                createPartner(organizationIds.get(alliance.getJsonArray("participants").getJsonObject(0).getString("name")));
                partnerMade = true;
            }
            for (JsonObject material : listed(alliance, "materials")) {
                drafts.add(createMaterial(allianceId, alliance, material, documents));
                files += material.getJsonArray("versions").size();
            }
            for (JsonObject training : listed(alliance, "trainings")) {
                publishActivity("/api/trainings", Json.createObjectBuilder(training).add("allianceId", allianceId).build());
                activities++;
            }
            for (JsonObject event : listed(alliance, "events")) {
                publishActivity("/api/events", eventRequest(allianceId, event));
                activities++;
            }
        }
        int withStandardLanguage = 0;
        long extractionWaitBegin = System.nanoTime();
        for (String materialId : drafts) {
            withStandardLanguage += awaitExtraction(materialId);
            for (String step : new String[] {"submit", "review", "publish"}) {
                api.step("/api/materials/" + materialId + "/" + step);
            }
        }
        long end = System.nanoTime();
        LOG.info(String.format("Demo content loaded in %.1f s (%.1f s of it waiting for text extraction and publishing): "
                        + "%d emphasis programs, %d organizations, %d alliances, "
                        + "%d materials published with %d PDFs (the standard language found in %d), %d trainings and events",
                (end - begin) / 1e9, (end - extractionWaitBegin) / 1e9, demo.getJsonArray("emphasisPrograms").size(), organizationIds.size(),
                demo.getJsonArray("alliances").size(), drafts.size(), files, withStandardLanguage, activities));
        return drafts.size();
    }

    /** The demo partner, acting for one organization of the first alliance. */
    private void createPartner(String organizationId) throws IOException, InterruptedException {
        api.post("/api/accounts", Json.createObjectBuilder().add("username", partnerUsername).add("password", partnerPassword)
                .add("displayName", "Demo partner").add("role", "PARTNER")
                .add("organizationIds", Json.createArrayBuilder().add(organizationId)).build(), 201);
        LOG.info("The demo partner account " + partnerUsername + " acts for the first alliance");
    }

    /** The alliance with its participants (each organization made once), then the terms it went through. */
    private String createAlliance(JsonObject alliance, Map<String, String> organizationIds) throws IOException, InterruptedException {
        JsonArrayBuilder participantIds = Json.createArrayBuilder();
        for (JsonObject participant : alliance.getJsonArray("participants").getValuesAs(JsonObject.class)) {
            String name = participant.getString("name");
            String id = organizationIds.get(name);
            if (id == null) {
                id = api.post("/api/organizations", participant, 201).getString("id");
                organizationIds.put(name, id);
            }
            participantIds.add(id);
        }
        JsonObject body = Json.createObjectBuilder(alliance)
                .remove("participants").remove("terms").remove("materials").remove("trainings").remove("events")
                .add("participantIds", participantIds).build();
        String id = api.post("/api/alliances", body, 201).getString("id");
        for (JsonObject term : listed(alliance, "terms")) {
            api.post("/api/alliances/" + id + "/terms", term, 200);
        }
        return id;
    }

    /** A draft material with its language versions, and a PDF uploaded for each; returns its id. */
    private String createMaterial(String allianceId, JsonObject alliance, JsonObject material, DemoDocuments documents)
            throws IOException, InterruptedException {
        LocalDate publishedOn = dates.date(material.getString("publicationDate"));
        JsonArrayBuilder versions = Json.createArrayBuilder();
        for (JsonObject version : material.getJsonArray("versions").getValuesAs(JsonObject.class)) {
            versions.add(Json.createObjectBuilder(version).remove("body"));
        }
        JsonObject body = Json.createObjectBuilder(material)
                .add("allianceId", allianceId)
                .add("publicationDate", publishedOn.toString())
                .add("versions", versions)
                .build();
        String id = api.post("/api/materials", body, 201).getString("id");
        for (JsonObject version : material.getJsonArray("versions").getValuesAs(JsonObject.class)) {
            String language = version.getString("language");
            byte[] pdf = DemoPdf.write(documents.of(alliance, material, version, publishedOn));
            api.upload("/api/materials/" + id + "/versions/" + language + "/file",
                    material.getString("publicationNumber") + "-" + language + ".pdf", PDF, pdf);
        }
        return id;
    }

    /** The objects listed under {@code key}; none when the key is left out. */
    static List<JsonObject> listed(JsonObject parent, String key) {
        return parent.containsKey(key) ? parent.getJsonArray(key).getValuesAs(JsonObject.class) : List.of();
    }

    private JsonObject eventRequest(String allianceId, JsonObject event) {
        LocalDate day = dates.date(event.getString("day"));
        JsonObjectBuilder body = Json.createObjectBuilder(event)
                .remove("day").remove("from").remove("to")
                .add("allianceId", allianceId)
                .add("startsLocal", day.atTime(LocalTime.parse(event.getString("from"))).toString())
                .add("endsLocal", day.atTime(LocalTime.parse(event.getString("to"))).toString());
        return body.build();
    }

    private void publishActivity(String collection, JsonObject body) throws IOException, InterruptedException {
        String id = api.post(collection, body, 201).getString("id");
        api.step(collection + "/" + id + "/publish");
    }

    /**
     * Waits until the text of every file of the material is extracted (publication itself does not
     * wait for it); returns how many of its files carry both standard statements, as extraction found.
     */
    private int awaitExtraction(String materialId) {
        Optional<List<JsonObject>> done = HttpProbe.poll(() -> finishedExtractions(materialId), EXTRACTION_WAIT);
        if (done.isEmpty()) {
            LOG.warning("The text of material " + materialId + " is not extracted after " + EXTRACTION_WAIT.toSeconds()
                    + " s; it is published anyway and the index gets its text when extraction finishes");
            return 0;
        }
        for (JsonObject e : done.get()) {
            if (!"DONE".equals(e.getString("status", null))) {
                LOG.warning("Extraction of a demo PDF of material " + materialId + " failed: " + e.getString("reason", "?"));
            }
        }
        return (int) done.get().stream()
                .filter(e -> e.getBoolean("disclaimerFound", false) && e.getBoolean("workerRightsFound", false))
                .count();
    }

    /** The extraction findings of every version, once none is pending any more; empty while some still are. */
    private Optional<List<JsonObject>> finishedExtractions(String materialId) {
        JsonObject material;
        try {
            material = api.get("/api/materials/" + materialId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the demo's text extraction", e);
        }
        List<JsonObject> extractions = material.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .map(v -> v.get("extraction") instanceof JsonObject e ? e : null)
                .toList();
        boolean pending = extractions.stream().anyMatch(e -> e == null || "PENDING".equals(e.getString("status", null)));
        return pending ? Optional.empty() : Optional.of(extractions);
    }
}
