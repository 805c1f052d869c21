package org.alliancehub.contracts.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedContractTest {

    static MaterialDocument material() {
        return new MaterialDocument("m-1", "a-1", "Stone, Sand & Gravel Alliance", "MSHA", List.of("United Steelworkers", "NSSGA"),
                "FACT_SHEET", "FS-101", LocalDate.of(2024, 3, 1), List.of("falls"), List.of("mining"), List.of("workers"),
                List.of(new ProgramReference("NEP-FALLS", "Falls", "Caídas", List.of())), OffsetDateTime.parse("2024-03-02T10:00Z"),
                OffsetDateTime.parse("2024-03-02T10:05Z"),
                List.of(new MaterialDocument.Version("es", "Cómo prevenir caídas", "Tres puntos de contacto", null, true,
                        OffsetDateTime.parse("2024-03-02T10:05Z"), new MaterialDocument.File("guía de caídas.pdf", "application/pdf", 1234, "ab12"),
                        new MaterialDocument.Extraction(2), "Mantenga tres puntos de contacto.")));
    }

    @Test
    void everyDocumentSurvivesTheWireWithNothingLost() {
        MaterialDocument material = material();
        String json = FeedDocuments.toJson(material);
        ChangeEntry entry = entry(json, FeedContract.VERSION);
        assertThat(FeedDocuments.material(entry)).isEqualTo(material);

        TrainingDocument training = new TrainingDocument("t-1", "a-1", "Trench Safety Alliance", "OSHA", "Zanjas", "Sistemas de protección",
                List.of("trenching"), List.of("workers"), List.of("es"), "IN_PERSON", 240, "Laborers", "Ana", "ana@example.org",
                "https://example.org", List.of(new ProgramReference("NEP-T", "Trenching", "Zanjas", List.of(new ProgramReference.Placement("es", 1, true)))), OffsetDateTime.parse("2024-03-02T10:05Z"));
        assertThat(FeedDocuments.training(entry(FeedDocuments.toJson(training), "1.0"))).isEqualTo(training);

        EventDocument event = new EventDocument("e-1", "a-1", "Trench Safety Alliance", "OSHA", "STAND_DOWN", "Stand-down", null,
                OffsetDateTime.parse("2027-05-03T14:00Z"), OffsetDateTime.parse("2027-05-03T18:00Z"), "America/Chicago",
                LocalDateTime.parse("2027-05-03T09:00"), "Houston", null, null, List.of("en", "es"), List.of(), OffsetDateTime.parse("2024-03-02T10:05Z"));
        assertThat(FeedDocuments.event(entry(FeedDocuments.toJson(event), "1.0"))).isEqualTo(event);
    }

    @Test
    void aPageWithFieldsThisReaderDoesNotKnowIsReadAllTheSame() {
        String json = "{\"changes\":[{\"contract\":\"1.4\",\"seq\":7,\"kind\":\"material\",\"id\":\"m-1\",\"action\":\"upsert\","
                + "\"at\":\"2024-03-02T10:05:00Z\",\"priority\":\"high\",\"data\":{\"id\":\"m-1\",\"allianceName\":\"A\","
                + "\"comingSoon\":{\"x\":1},\"versions\":[{\"language\":\"en\",\"title\":\"Falls\",\"audio\":\"falls.mp3\"}]}}],"
                + "\"next\":7,\"head\":9,\"cluster\":\"b\"}";
        ChangeFeedPage page = FeedDocuments.page(json);
        assertThat(page.next()).isEqualTo(7);
        assertThat(page.head()).isEqualTo(9);
        ChangeEntry entry = page.changes().get(0);
        assertThat(FeedContract.understands(entry.contract())).isTrue();
        MaterialDocument material = FeedDocuments.material(entry);
        assertThat(material.allianceName()).isEqualTo("A");
        assertThat(material.versions().get(0).title()).isEqualTo("Falls");
        assertThat(material.topics()).as("missing is absent").isNull();
    }

    @Test
    void anotherMajorVersionIsNotUnderstood() {
        assertThat(FeedContract.understands("1.0")).isTrue();
        assertThat(FeedContract.understands("1.12")).isTrue();
        assertThat(FeedContract.understands(null)).as("entries from before versioning").isTrue();
        assertThat(FeedContract.understands("2.0")).isFalse();
        assertThat(FeedContract.understands("two")).isFalse();
    }

    private static ChangeEntry entry(String documentJson, String version) {
        String page = "{\"changes\":[{\"contract\":\"" + version + "\",\"seq\":1,\"kind\":\"material\",\"id\":\"x\",\"action\":\"upsert\","
                + "\"at\":\"2024-03-02T10:05:00Z\",\"data\":" + documentJson + "}],\"next\":1,\"head\":1}";
        return FeedDocuments.page(page).changes().get(0);
    }
}
