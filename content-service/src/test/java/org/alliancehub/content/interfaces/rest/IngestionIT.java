package org.alliancehub.content.interfaces.rest;

import static org.alliancehub.stack.junit.ContentFixtures.alliance;
import static org.alliancehub.stack.junit.ContentFixtures.organization;
import static org.alliancehub.stack.junit.ContentFixtures.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.alliancehub.content.Deployments;
import org.alliancehub.content.TestDocuments;
import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.JsonApi.Reply;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RealStackExtension;
import org.alliancehub.stack.junit.RunningStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uploading real documents: type from the bytes, Tika extraction off the request, findings, downloads. */
@RealStack
@ExtendWith({RealStackExtension.class, ArquillianExtension.class})
class IngestionIT {

    private static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.contentService();
    }

    @ArquillianResource
    URL base;

    private JsonApi admin;
    private JsonApi anonymous;

    private RunningStack stack;

    @BeforeEach
    void signIn(RunningStack stack) {
        this.stack = stack;
        anonymous = new JsonApi(Deployments.onLoopback(base));
        admin = new ContentFixtures(Deployments.onLoopback(base)).admin(stack);
    }

    /** A draft with an English and a Spanish version (no files yet); returns its id. */
    private String draft() {
        String union = organization(admin, "Laborers Union", "UNION");
        return draftOf(alliance(admin, "Ingestion alliance", union));
    }

    /** A draft of this alliance with an English and a Spanish version; returns its id. */
    private String draftOf(String alliance) {
        return require(admin.post("api/materials", Json.createObjectBuilder()
                .add("allianceId", alliance).add("type", "FACT_SHEET")
                .add("versions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "en").add("title", "Falls"))
                        .add(Json.createObjectBuilder().add("language", "es").add("title", "Caídas")))
                .build()), 201).getString("id");
    }

    private JsonObject version(String id, String lang) {
        for (var v : require(admin.get("api/materials/" + id), 200).getJsonArray("versions")) {
            if (v.asJsonObject().getString("language").equals(lang)) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError("no " + lang + " version");
    }

    private JsonObject extractedVersion(String id, String lang) {
        await().atMost(EXTRACTED_WITHIN).until(() -> !version(id, lang).getJsonObject("extraction").getString("status").equals("PENDING"));
        return version(id, lang);
    }

    @Test
    void aPdfIsStoredExtractedAndCheckedForTheStandardLanguage() throws Exception {
        String id = draft();
        byte[] pdf = TestDocuments.pdf(List.of(
                "Most falls from haul trucks happen while climbing on or off. Keep three points of contact. " + TestDocuments.DISCLAIMER,
                "Face the machine and never jump from the last step. " + TestDocuments.WORKER_RIGHTS));

        Reply upload = admin.postFile("api/materials/" + id + "/versions/en/file", "file", "falls.pdf", pdf);
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        assertThat(upload.json().getString("mediaType")).isEqualTo("application/pdf");
        assertThat(upload.json().getBoolean("duplicate")).isFalse();

        JsonObject english = extractedVersion(id, "en");
        JsonObject extraction = english.getJsonObject("extraction");
        assertThat(extraction.getString("status")).isEqualTo("DONE");
        java.time.OffsetDateTime finishedAt = java.time.OffsetDateTime.parse(extraction.getString("finishedAt"));
        // staff see the instance's extraction backlog; the result just recorded is counted there
        JsonObject backlog = require(admin.get("api/extractions"), 200);
        assertThat(backlog.getInt("finished")).isPositive();
        assertThat(java.time.OffsetDateTime.parse(backlog.getString("lastFinishedAt"))).isAfterOrEqualTo(finishedAt);
        assertThat(anonymous.get("api/extractions").status()).isEqualTo(401);
        assertThat(extraction.getInt("pageCount")).isEqualTo(2);
        assertThat(extraction.getString("detectedLanguage")).isEqualTo("en");
        assertThat(extraction.getBoolean("languageAsDeclared")).isTrue();
        assertThat(extraction.getBoolean("disclaimerFound")).isTrue();
        assertThat(extraction.getBoolean("workerRightsFound")).isTrue();
        assertThat(extraction.getString("documentTitle")).isEqualTo("Preventing falls from mobile equipment");
        assertThat(english.getJsonObject("file").getString("name")).isEqualTo("falls.pdf");
        assertThat(version(id, "es").getBoolean("translationOutdated")).isTrue();

        Reply again = admin.postFile("api/materials/" + id + "/versions/en/file", "file", "copy of falls.pdf", pdf);
        assertThat(again.json().getBoolean("duplicate")).as("same bytes are stored once").isTrue();

        HttpResponse<byte[]> download = admin.download("api/materials/" + id + "/versions/en/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment; filename=\"copy of falls.pdf\""));
        String etag = download.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> range = admin.download("api/materials/" + id + "/versions/en/file", "Range", "bytes=0-9");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOf(pdf, 10));
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 0-9/" + pdf.length);
        assertThat(admin.download("api/materials/" + id + "/versions/en/file", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(admin.download("api/materials/" + id + "/versions/en/file", "Range", "bytes=999999999-").statusCode()).isEqualTo(416);
        assertThat(anonymous.download("api/materials/" + id + "/versions/en/file").statusCode()).as("drafts are private").isEqualTo(404);
    }

    @Test
    void partnersAndStaffSeeHowPlainTheTextIsAndWhatThePdfOffersScreenReadersTheOthersDoNot() throws Exception {
        String id = draft();
        byte[] pdf = TestDocuments.pdf(List.of(TestDocuments.PLAIN_TALK + " " + TestDocuments.DISCLAIMER,
                TestDocuments.WORKER_RIGHTS));
        require(admin.postFile("api/materials/" + id + "/versions/en/file", "file", "ladders.pdf", pdf), 202);

        JsonObject extraction = extractedVersion(id, "en").getJsonObject("extraction");
        assertThat(extraction.getString("status")).isEqualTo("DONE");
        JsonObject readability = extraction.getJsonObject("readability");
        assertThat(readability).as(extraction.toString()).isNotNull();
        assertThat(readability.getString("formula")).isEqualTo("FLESCH_KINCAID_GRADE");
        assertThat(readability.getJsonNumber("target").doubleValue()).isEqualTo(8.0);
        assertThat(readability.getJsonNumber("score").doubleValue()).isLessThan(8.0);
        assertThat(readability.getBoolean("targetMet")).isTrue();
        assertThat(readability.getInt("words")).as("the talk, the disclaimer and the rights statement").isBetween(170, 200);
        assertThat(readability.getInt("sentences")).isEqualTo(22);
        JsonObject accessibility = extraction.getJsonObject("accessibility");
        assertThat(accessibility).as(extraction.toString()).isNotNull();
        assertThat(accessibility.getBoolean("tagged")).isFalse();
        assertThat(accessibility.getBoolean("languageSet")).isFalse();
        assertThat(accessibility.containsKey("language")).isFalse();
        assertThat(accessibility.getBoolean("titleSet")).isTrue();
        assertThat(accessibility.getBoolean("textPresent")).isTrue();

        // a file that is no PDF has no accessibility check; a text too short to judge has no score
        require(admin.postFile("api/materials/" + id + "/versions/es/file", "file", "notas.docx",
                TestDocuments.docx("Revise el montacargas antes de cada turno.")), 202);
        JsonObject word = extractedVersion(id, "es").getJsonObject("extraction");
        assertThat(word.containsKey("accessibility")).as(word.toString()).isFalse();
        assertThat(word.containsKey("readability")).as(word.toString()).isFalse();

        ContentFixtures.publish(admin, id);
        JsonObject seenByAll = require(anonymous.get("api/materials/" + id), 200);
        assertThat(seenByAll.toString()).doesNotContain("readability").doesNotContain("accessibility").doesNotContain("targetMet");
        assertThat(seenByAll.getJsonArray("versions").stream().map(v -> v.asJsonObject().getJsonObject("extraction"))
                .filter(e -> e != null).map(e -> e.getInt("pageCount"))).as("the public keeps the page count").contains(2);
    }

    @Test
    void wordAndPowerPointAreReadAndALanguageMismatchIsReported() throws Exception {
        String id = draft();
        Reply word = admin.postFile("api/materials/" + id + "/versions/es/file", "file", "montacargas.docx",
                TestDocuments.docx("Revise el montacargas antes de cada turno y mantenga la carga baja.",
                        "Los empleadores son responsables de proporcionar un lugar de trabajo seguro y saludable."));
        assertThat(word.status()).as(word.body()).isEqualTo(202);
        JsonObject spanish = extractedVersion(id, "es").getJsonObject("extraction");
        assertThat(spanish.getString("status")).isEqualTo("DONE");
        assertThat(spanish.getString("detectedLanguage")).isEqualTo("es");
        assertThat(spanish.getBoolean("workerRightsFound")).isTrue();
        assertThat(spanish.getBoolean("disclaimerFound")).isFalse();

        Reply slides = admin.postFile("api/materials/" + id + "/versions/en/file", "file", "talk.pptx",
                TestDocuments.pptx("Cinco minutos de seguridad: use siempre el arnés cuando trabaje en altura sobre andamios."));
        assertThat(slides.json().getString("mediaType")).isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        JsonObject english = extractedVersion(id, "en").getJsonObject("extraction");
        assertThat(english.getString("detectedLanguage")).isEqualTo("es");
        assertThat(english.getBoolean("languageAsDeclared")).as("a Spanish file uploaded as English").isFalse();
    }

    @Test
    void brokenAndHostileFilesGiveReasonsAndLoseNothing() throws Exception {
        String id = draft();
        byte[] good = TestDocuments.pdf(List.of("Three points of contact."));

        admin.postFile("api/materials/" + id + "/versions/en/file", "file", "locked.pdf", TestDocuments.encryptedPdf());
        JsonObject locked = extractedVersion(id, "en").getJsonObject("extraction");
        assertThat(locked.toString()).as("extraction of the encrypted PDF").contains("FAILED");
        assertThat(locked.getString("status")).isEqualTo("FAILED");
        assertThat(locked.getString("reason")).contains("encrypted");

        admin.postFile("api/materials/" + id + "/versions/en/file", "file", "half.pdf", TestDocuments.truncated(good));
        JsonObject half = extractedVersion(id, "en").getJsonObject("extraction");
        assertThat(half.getString("status")).isIn("FAILED", "DONE");
        if (half.getString("status").equals("FAILED")) {
            assertThat(half.getString("reason")).isNotBlank();
        }

        Reply bomb = admin.postFile("api/materials/" + id + "/versions/en/file", "file", "bomb.docx", TestDocuments.docxBomb(80));
        assertThat(bomb.status()).as(bomb.body()).isEqualTo(202);
        JsonObject exploded = extractedVersion(id, "en").getJsonObject("extraction");
        if (exploded.getString("status").equals("DONE")) {
            assertThat(exploded.getBoolean("truncated")).as("capped, not 200 MB of text").isTrue();
            assertThat(exploded.getInt("characters")).isLessThanOrEqualTo(5_000_000);
        } else {
            assertThat(exploded.getString("reason")).contains("zip bomb");
        }

        Reply liar = admin.postFile("api/materials/" + id + "/versions/en/file", "file", "safety.pdf",
                "MZ\u0090\u0000 not a document at all, an executable pretending".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(liar.status()).isEqualTo(415);
        assertThat(liar.contentType()).startsWith("application/problem+json");

        Reply textNamedPdf = admin.postFile("api/materials/" + id + "/versions/es/file", "file", "notas.pdf",
                "Notas de la reunión de seguridad sobre caídas y escaleras.".getBytes(StandardCharsets.UTF_8));
        assertThat(textNamedPdf.status()).isEqualTo(202);
        assertThat(textNamedPdf.json().getString("mediaType")).as("the bytes decide, not the name").isEqualTo("text/plain");

        Reply tooBig = admin.postFile("api/materials/" + id + "/versions/en/file", "file", "big.pdf", new byte[6 * 1024 * 1024]);
        assertThat(tooBig.status()).isEqualTo(413);

        Reply noVersion = admin.postFile("api/materials/" + id + "/versions/pt/file", "file", "x.pdf", good);
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().getString("detail")).contains("before its file");

        // everything refused left the material as it was, and the service still answers
        JsonObject after = require(admin.get("api/materials/" + id), 200);
        assertThat(after.getJsonArray("versions")).hasSize(2);
        assertThat(after.getString("state")).isEqualTo("DRAFT");
    }

    @Test
    void filesNoVersionHoldsAreSweptAndHeldOnesKept() throws Exception {
        byte[] pdf = TestDocuments.pdf(List.of("Sweep test " + java.util.UUID.randomUUID()));
        String mistake = draft();
        assertThat(admin.postFile("api/materials/" + mistake + "/versions/en/file", "file", "a.pdf", pdf).json()
                .getBoolean("duplicate")).isFalse();
        extractedVersion(mistake, "en");
        assertThat(admin.delete("api/materials/" + mistake).status()).isEqualTo(204);

        assertThat(anonymous.post("api/files/sweep", "").status()).isEqualTo(401);
        JsonObject swept = require(admin.post("api/files/sweep", ""), 200);
        assertThat(swept.getInt("deleted")).isPositive();
        assertThat(swept.getJsonNumber("bytes").longValue()).isGreaterThanOrEqualTo(pdf.length);
        // the admin's sweep counts as the interval's run: no instance's schedule sweeps again for a while
        try (var db = java.sql.DriverManager.getConnection(stack.jdbcUrl(), stack.databaseUser(), stack.databasePassword());
             var run = db.createStatement().executeQuery(
                     "SELECT last_instance, now() - last_started_at < interval '1 minute' FROM scheduled_run WHERE task = 'file-sweep'")) {
            assertThat(run.next()).isTrue();
            assertThat(run.getString(1)).isNotBlank();
            assertThat(run.getBoolean(2)).isTrue();
        }

        // the same bytes again are stored anew (they were deleted), and a file a version holds survives a sweep
        String kept = draft();
        assertThat(admin.postFile("api/materials/" + kept + "/versions/en/file", "file", "a.pdf", pdf).json()
                .getBoolean("duplicate")).as("deleted by the sweep").isFalse();
        require(admin.post("api/files/sweep", ""), 200);
        HttpResponse<byte[]> download = admin.download("api/materials/" + kept + "/versions/en/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    void onlyEditorsUploadAndOnlyToDrafts() throws Exception {
        String id = draft();
        byte[] pdf = TestDocuments.pdf(List.of("Heat illness prevention."));
        assertThat(anonymous.postFile("api/materials/" + id + "/versions/en/file", "file", "a.pdf", pdf).status()).isEqualTo(401);

        // a partner of another alliance guessing the id: not found, and its bytes are not kept
        String otherUnion = organization(admin, "Other union", "UNION");
        String username = "outsider-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = java.util.UUID.randomUUID().toString();
        require(admin.post("api/accounts", Json.createObjectBuilder().add("username", username).add("password", password)
                .add("role", "PARTNER").add("organizationIds", Json.createArrayBuilder().add(otherUnion)).build()), 201);
        JsonApi outsider = new ContentFixtures(Deployments.onLoopback(base)).signedIn(username, password);
        byte[] guessed = TestDocuments.pdf(List.of("Uploaded by a guess " + java.util.UUID.randomUUID()));
        require(admin.post("api/files/sweep", ""), 200);
        assertThat(outsider.postFile("api/materials/" + id + "/versions/en/file", "file", "a.pdf", guessed).status()).isEqualTo(404);
        // the sweep deletes unreferenced files at once in these tests: a kept refused upload would be one
        assertThat(require(admin.post("api/files/sweep", ""), 200).getInt("deleted")).as("the refused upload kept nothing").isZero();
        assertThat(require(admin.postFile("api/materials/" + id + "/versions/en/file", "file", "a.pdf", guessed), 202)
                .getBoolean("duplicate")).isFalse();

        require(admin.post("api/materials/" + id + "/submit", ""), 200);
        Reply submitted = admin.postFile("api/materials/" + id + "/versions/en/file", "file", "a.pdf", pdf);
        assertThat(submitted.status()).isEqualTo(409);
        assertThat(admin.postFile("api/materials/" + id + "/versions/en/file", "wrong-field", "a.pdf", pdf).status()).isEqualTo(400);
    }

    /** A partner account acting for this organization, signed in. */
    private JsonApi partnerOf(String organizationId) {
        String username = "partner-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = java.util.UUID.randomUUID().toString();
        require(admin.post("api/accounts", Json.createObjectBuilder().add("username", username).add("password", password)
                .add("role", "PARTNER").add("organizationIds", Json.createArrayBuilder().add(organizationId)).build()), 201);
        return new ContentFixtures(Deployments.onLoopback(base)).signedIn(username, password);
    }

    @Test
    void theDuplicateFlagSpeaksOnlyOfVersionsTheCallerMayRead() throws Exception {
        String unionA = organization(admin, "Union of alliance A", "UNION");
        String unionB = organization(admin, "Union of alliance B", "UNION");
        String allianceA = alliance(admin, "Alliance A", unionA);
        String allianceB = alliance(admin, "Alliance B", unionB);
        JsonApi partnerB = partnerOf(unionB);
        byte[] pdf = TestDocuments.pdf(List.of("Alliance A's unpublished draft " + java.util.UUID.randomUUID()));

        String draftA = draftOf(allianceA);
        assertThat(require(admin.postFile("api/materials/" + draftA + "/versions/en/file", "file", "a.pdf", pdf), 202)
                .getBoolean("duplicate")).isFalse();

        // B's partner may not read A's draft, so it learns nothing of it
        String firstOfB = draftOf(allianceB);
        assertThat(require(partnerB.postFile("api/materials/" + firstOfB + "/versions/en/file", "file", "b.pdf", pdf), 202)
                .getBoolean("duplicate")).as("another alliance's draft holds these bytes").isFalse();
        // staff read every draft
        assertThat(require(admin.postFile("api/materials/" + draftOf(allianceA) + "/versions/en/file", "file", "c.pdf", pdf), 202)
                .getBoolean("duplicate")).isTrue();
        // within B, its own draft now holds them
        String secondOfB = draftOf(allianceB);
        assertThat(require(partnerB.postFile("api/materials/" + secondOfB + "/versions/es/file", "file", "b.pdf", pdf), 202)
                .getBoolean("duplicate")).isTrue();

        // with B's own copies gone, only A's version holds the bytes: once published, anyone may read it
        assertThat(partnerB.delete("api/materials/" + firstOfB).status()).isEqualTo(204);
        assertThat(partnerB.delete("api/materials/" + secondOfB).status()).isEqualTo(204);
        String thirdOfB = draftOf(allianceB);
        byte[] other = TestDocuments.pdf(List.of("Something else " + java.util.UUID.randomUUID()));
        assertThat(require(partnerB.postFile("api/materials/" + thirdOfB + "/versions/en/file", "file", "other.pdf", other), 202)
                .getBoolean("duplicate")).isFalse();
        extractedVersion(draftA, "en");
        ContentFixtures.publish(admin, draftA);
        assertThat(require(partnerB.postFile("api/materials/" + thirdOfB + "/versions/es/file", "file", "b.pdf", pdf), 202)
                .getBoolean("duplicate")).as("a published version holds these bytes").isTrue();
    }

    @Test
    void aFileNameInUtf8RoundTrips() throws Exception {
        String id = draft();
        String name = "guía de caídas.pdf";
        byte[] pdf = TestDocuments.pdf(List.of("Cómo prevenir caídas desde equipo móvil: mantenga tres puntos de contacto."));

        JsonObject answer = require(admin.postFile("api/materials/" + id + "/versions/es/file", "file", name, pdf), 202);
        JsonObject inAnswer = answer.getJsonObject("material").getJsonArray("versions").stream().map(v -> v.asJsonObject())
                .filter(v -> v.getString("language").equals("es")).findFirst().orElseThrow();
        assertThat(inAnswer.getJsonObject("file").getString("name")).isEqualTo(name);
        assertThat(version(id, "es").getJsonObject("file").getString("name")).isEqualTo(name);

        HttpResponse<byte[]> download = admin.download("api/materials/" + id + "/versions/es/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"guia de caidas.pdf\"; filename*=UTF-8''gu%C3%ADa%20de%20ca%C3%ADdas.pdf");
    }

    @Test
    void openDocumentExcelAndEpubFilesAreAcceptedAndRead() throws Exception {
        String id = draft();
        String inspection = "Revise los frenos del montacargas antes de cada turno y mantenga la carga baja";
        String harness = "Use siempre el arnés cuando trabaje en altura sobre andamios y escaleras";
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("application/vnd.oasis.opendocument.spreadsheet", TestDocuments.ods("Tarea | Estado", inspection + " | hecho", harness + " | pendiente"));
        files.put("application/vnd.oasis.opendocument.presentation", TestDocuments.odp(inspection + ".", harness + "."));
        files.put("application/vnd.ms-excel", TestDocuments.xls("Tarea | Estado", inspection + " | hecho", harness + " | pendiente"));
        files.put("application/epub+zip", TestDocuments.epub("Guía de seguridad", inspection + ".", harness + "."));
        for (var file : files.entrySet()) {
            Reply upload = admin.postFile("api/materials/" + id + "/versions/es/file", "file", "upload", file.getValue());
            assertThat(upload.status()).as(file.getKey() + ": " + upload.body()).isEqualTo(202);
            assertThat(upload.json().getString("mediaType")).isEqualTo(file.getKey());
            JsonObject extraction = extractedVersion(id, "es").getJsonObject("extraction");
            assertThat(extraction.getString("status")).as(file.getKey() + ": " + extraction).isEqualTo("DONE");
            assertThat(extraction.getInt("characters")).as(file.getKey()).isGreaterThan(inspection.length() + harness.length());
            assertThat(extraction.getString("detectedLanguage")).as(file.getKey()).isEqualTo("es");
        }
    }
}
