package org.alliancehub.content.interfaces.rest;

import static org.alliancehub.stack.junit.ContentFixtures.alliance;
import static org.alliancehub.stack.junit.ContentFixtures.organization;
import static org.alliancehub.stack.junit.ContentFixtures.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.alliancehub.content.TestDocuments;
import org.alliancehub.stack.PayaraMicroServer;
import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RealStackExtension;
import org.alliancehub.stack.junit.RunningStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content service killed (SIGKILL) with extractions still queued, then started again on the same
 * database and files: every file ends extracted, and none that was finished is read again; and two
 * instances side by side, one killed while it reads a file. The services run in Payara Micros of
 * this test's own, which it can kill, not under Arquillian.
 */
@RealStack
@ExtendWith(RealStackExtension.class)
class ExtractionRestartIT {

    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "de", "it");
    /** One file at a time, so that most of them are still waiting when the service is killed. */
    private static final Map<String, String> ONE_AT_A_TIME = Map.of("alliancehub.extraction.concurrency", "1");

    @Test
    void killedWithExtractionsQueuedEveryFileIsExtractedOnceAfterTheRestart(RunningStack stack) throws IOException {
        String materialId;
        Map<String, OffsetDateTime> finishedBeforeTheKill = new LinkedHashMap<>();
        PayaraMicroServer first = stack.startServices(ONE_AT_A_TIME, RealStack.Service.CONTENT);
        try {
            JsonApi admin = new ContentFixtures(first.url() + "/content").admin(stack);
            String union = organization(admin, "Restart Local 7", "UNION");
            var versions = Json.createArrayBuilder();
            for (String language : LANGUAGES) {
                versions.add(Json.createObjectBuilder().add("language", language).add("title", "Manual " + language));
            }
            materialId = require(admin.post("api/materials", Json.createObjectBuilder()
                    .add("allianceId", alliance(admin, "Restart alliance", union)).add("type", "SAFETY_MANUAL")
                    .add("versions", versions).build()), 201).getString("id");
            for (String language : LANGUAGES) {
                require(admin.postFile("api/materials/" + materialId + "/versions/" + language + "/file", "file",
                        "manual-" + language + ".pdf", longManual(language)), 202);
            }
            Map<String, JsonObject> atTheKill = extractions(admin, materialId);
            atTheKill.forEach((language, extraction) -> {
                if (extraction.getString("status").equals("DONE")) {
                    finishedBeforeTheKill.put(language, OffsetDateTime.parse(extraction.getString("finishedAt")));
                }
            });
            first.kill();
            assertThat(atTheKill.values()).as("files still waiting when the service was killed")
                    .anyMatch(extraction -> extraction.getString("status").equals("PENDING"));
        } finally {
            first.kill();
        }

        PayaraMicroServer second = stack.startServices(ONE_AT_A_TIME, RealStack.Service.CONTENT);
        try {
            JsonApi admin = new ContentFixtures(second.url() + "/content").admin(stack);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> extractions(admin, materialId).values().stream().noneMatch(e -> e.getString("status").equals("PENDING")));
            Map<String, JsonObject> after = extractions(admin, materialId);
            List<String> extractedAfterTheRestart = new ArrayList<>();
            after.forEach((language, extraction) -> {
                assertThat(extraction.getString("status")).as(language).isEqualTo("DONE");
                assertThat(extraction.getInt("pageCount")).as(language).isEqualTo(PAGES);
                OffsetDateTime finishedAt = OffsetDateTime.parse(extraction.getString("finishedAt"));
                if (finishedBeforeTheKill.containsKey(language)) {
                    assertThat(finishedAt).as("finished before the kill: not read again").isEqualTo(finishedBeforeTheKill.get(language));
                } else {
                    extractedAfterTheRestart.add(language);
                }
            });
            // the new instance counts what it extracted: each waiting file once, no more
            JsonObject backlog = require(admin.get("api/extractions"), 200);
            assertThat(backlog.getInt("finished") + backlog.getInt("failed")).isEqualTo(extractedAfterTheRestart.size());
            assertThat(backlog.getInt("failed")).isZero();
            assertThat(backlog.getInt("waiting") + backlog.getInt("running")).isZero();
        } finally {
            second.close();
        }
    }

    @Test
    void twoInstancesShareTheFilesAndTheSurvivorTakesOverWhatTheDeadOneWasReading(RunningStack stack) throws Exception {
        PayaraMicroServer a = stack.startServices(Map.of("alliancehub.extraction.concurrency", "1",
                "alliancehub.instance.name", "content-a"), RealStack.Service.CONTENT);
        PayaraMicroServer b = null;
        try {
            b = stack.startServices(Map.of("alliancehub.extraction.concurrency", "1", "alliancehub.instance.name", "content-b",
                    "alliancehub.extraction.rescan-seconds", "1"), RealStack.Service.CONTENT);
            JsonApi throughA = new ContentFixtures(a.url() + "/content").admin(stack);
            JsonApi throughB = new ContentFixtures(b.url() + "/content").admin(stack);
            String union = organization(throughA, "Two Instances Local 9", "UNION");
            var versions = Json.createArrayBuilder();
            for (String language : LANGUAGES) {
                versions.add(Json.createObjectBuilder().add("language", language).add("title", "Handbook " + language));
            }
            String materialId = require(throughA.post("api/materials", Json.createObjectBuilder()
                    .add("allianceId", alliance(throughA, "Two instances alliance", union)).add("type", "SAFETY_MANUAL")
                    .add("versions", versions).build()), 201).getString("id");
            Map<String, byte[]> uploaded = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                byte[] manual = longManual(language);
                uploaded.put(language, manual);
                require(throughA.postFile("api/materials/" + materialId + "/versions/" + language + "/file", "file",
                        "handbook-" + language + ".pdf", manual), 202);
            }
            // uploaded through one instance, downloaded through the other: one file store
            var download = throughB.download("api/materials/" + materialId + "/versions/es/file");
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(uploaded.get("es"));

            // a dies while it reads a file it claimed
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> require(throughA.get("api/extractions"), 200).getInt("running") == 1);
            Map<String, OffsetDateTime> finishedBeforeTheKill = new LinkedHashMap<>();
            extractions(throughB, materialId).forEach((language, extraction) -> {
                if (extraction.getString("status").equals("DONE")) {
                    finishedBeforeTheKill.put(language, OffsetDateTime.parse(extraction.getString("finishedAt")));
                }
            });
            a.kill();
            assertThat(finishedBeforeTheKill).hasSizeLessThan(LANGUAGES.size());

            // b leaves the file a claimed until the claim lapses, then reads it: every file once
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> extractions(throughB, materialId).values().stream().noneMatch(e -> e.getString("status").equals("PENDING")));
            extractions(throughB, materialId).forEach((language, extraction) -> {
                assertThat(extraction.getString("status")).as(language).isEqualTo("DONE");
                assertThat(extraction.getInt("pageCount")).as(language).isEqualTo(PAGES);
                if (finishedBeforeTheKill.containsKey(language)) {
                    assertThat(OffsetDateTime.parse(extraction.getString("finishedAt"))).as("recorded once")
                            .isEqualTo(finishedBeforeTheKill.get(language));
                }
            });
            JsonObject backlog = require(throughB.get("api/extractions"), 200);
            assertThat(backlog.getJsonNumber("claimedElsewhere").longValue()).as("the file a was reading, left to it while claimed")
                    .isPositive();
            assertThat(backlog.getInt("failed")).isZero();
            try (var db = java.sql.DriverManager.getConnection(stack.jdbcUrl(), stack.databaseUser(), stack.databasePassword());
                 var left = db.createStatement().executeQuery("SELECT count(*) FROM extraction_claim WHERE material_id = '" + materialId + "'")) {
                left.next();
                assertThat(left.getInt(1)).as("every claim given up with its result").isZero();
            }
        } finally {
            a.kill();
            if (b != null) {
                b.close();
            }
        }
    }

    private static final int PAGES = 400;

    /** A long manual: enough pages that parsing takes a while. */
    private static byte[] longManual(String language) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= PAGES; page++) {
            pages.add("Manual " + language + ", page " + page + ". Keep three points of contact on ladders and steps; "
                    + "inspect the equipment before each shift and report damage to the supervisor at once. ".repeat(6));
        }
        return TestDocuments.pdf(pages);
    }

    private static Map<String, JsonObject> extractions(JsonApi admin, String materialId) {
        Map<String, JsonObject> byLanguage = new LinkedHashMap<>();
        for (JsonValue version : require(admin.get("api/materials/" + materialId), 200).getJsonArray("versions")) {
            JsonObject v = version.asJsonObject();
            byLanguage.put(v.getString("language"), v.getJsonObject("extraction"));
        }
        return byLanguage;
    }
}
