package org.alliancehub.search.infrastructure.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.alliancehub.contracts.feed.FeedDocuments;
import org.alliancehub.search.application.ContentChanges;
import org.alliancehub.search.application.IndexedVersion;
import org.junit.jupiter.api.Test;

/** The search service's side of the feed contract: what it reads, what it skips, and that it goes on. */
class FeedContractReaderTest {

    private static String entry(String version, long seq, String kind, String id, String data) {
        return "{\"contract\":\"" + version + "\",\"seq\":" + seq + ",\"kind\":\"" + kind + "\",\"id\":\"" + id
                + "\",\"action\":\"upsert\",\"at\":\"2026-12-02T10:00:00Z\",\"data\":" + data + "}";
    }

    private static final String MATERIAL = "{\"id\":\"m-1\",\"allianceId\":\"a-1\",\"allianceName\":\"Stone, Sand & Gravel Alliance\","
            + "\"agency\":\"MSHA\",\"participants\":[\"United Steelworkers\"],\"type\":\"FACT_SHEET\",\"publicationDate\":\"2024-03-01\","
            + "\"topics\":[\"falls\"],\"emphasisPrograms\":[{\"code\":\"NEP-FALLS\",\"nameEnglish\":\"Falls\",\"nameSpanish\":\"Caídas\"}],"
            + "\"publishedAt\":\"2024-03-02T10:00:00Z\",\"futureField\":{\"nested\":[1,2]},"
            + "\"versions\":[{\"language\":\"en\",\"title\":\"Falls\",\"text\":\"Three points of contact\",\"audioDescription\":\"x\"},"
            + "{\"language\":\"es\",\"title\":\"Caídas\"}]}";

    @Test
    void anEntryWithFieldsThisReaderDoesNotKnowIsIndexedWithNothingItKnowsLost() {
        ContentChanges.Batch batch = RestContentChanges.translate(FeedDocuments.page(
                "{\"changes\":[" + entry("1.3", 5, "material", "m-1", MATERIAL) + "],\"next\":5,\"head\":5}"));
        assertThat(batch.unreadable()).isEmpty();
        List<IndexedVersion> versions = batch.changes().get(0).versions();
        assertThat(versions).extracting(IndexedVersion::language).containsExactly("en", "es");
        IndexedVersion english = versions.get(0);
        assertThat(english.allianceName()).isEqualTo("Stone, Sand & Gravel Alliance");
        assertThat(english.participants()).containsExactly("United Steelworkers");
        assertThat(english.programNames()).containsExactly("Falls", "Caídas");
        assertThat(english.text()).isEqualTo("Three points of contact");
        assertThat(english.publicationDate()).hasToString("2024-03-01");
    }

    @Test
    void anotherMajorVersionIsRefusedWithALogLineAndTheRestOfThePageGoesOn() {
        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(RestContentChanges.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            ContentChanges.Batch batch = RestContentChanges.translate(FeedDocuments.page("{\"changes\":["
                    + entry("2.0", 6, "material", "m-2", "{\"id\":\"m-2\",\"shape\":\"new\"}") + ","
                    + entry("1.0", 7, "material", "m-1", MATERIAL) + ","
                    + entry("1.0", 8, "material", "m-3", "{\"id\":\"m-3\",\"publicationDate\":\"31/12/2024\",\"versions\":[]}")
                    + "],\"next\":8,\"head\":8}"));
            assertThat(batch.unreadable()).extracting(r -> r.seq()).containsExactly(6L, 8L);
            assertThat(batch.unreadable().get(0).reason()).contains("2.0");
            assertThat(batch.changes()).singleElement().satisfies(c -> assertThat(c.materialId()).isEqualTo("m-1"));
            assertThat(batch.next()).as("the cursor moves past what was skipped").isEqualTo(8);
            assertThat(logged).anySatisfy(r -> assertThat(r.getMessage()).contains("feed contract 2.0").contains("upgrade"));
        } finally {
            log.removeHandler(capture);
        }
    }
}
