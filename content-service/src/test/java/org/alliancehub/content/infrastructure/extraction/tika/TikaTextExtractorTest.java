package org.alliancehub.content.infrastructure.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.alliancehub.content.TestDocuments;
import org.alliancehub.content.application.AcceptedMediaTypes;
import org.alliancehub.content.application.TextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tika on real documents made in the test, without a server. */
class TikaTextExtractorTest {

    private static final TikaTextExtractor TIKA = new TikaTextExtractor();

    static {
        TIKA.init();
    }
    private static final TextExtractor.Limits LIMITS = new TextExtractor.Limits(Duration.ofSeconds(30), 5_000_000, 3);

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsAPdfWithItsPagesAndMetadata() throws IOException {
        Path pdf = write("falls.pdf", TestDocuments.pdf(List.of("Keep three points of contact when you climb. " + TestDocuments.DISCLAIMER,
                "Never jump from the last step of a haul truck or a loader.")));
        assertThat(TIKA.detectMediaType(pdf)).isEqualTo("application/pdf");
        TextExtractor.Document doc = TIKA.extract(pdf, "application/pdf", LIMITS);
        assertThat(doc.text()).contains("three points of contact").contains("last step");
        assertThat(doc.pageCount()).isEqualTo(2);
        assertThat(doc.title()).isEqualTo("Preventing falls from mobile equipment");
        assertThat(doc.author()).isEqualTo("NSSGA");
        assertThat(doc.language()).isEqualTo("en");
        assertThat(doc.truncated()).isFalse();
    }

    @Test
    void readsWordAndPowerPointInSpanish() throws IOException {
        Path docx = write("a.bin", TestDocuments.docx("Revise el montacargas antes de cada turno y mantenga la carga baja en todo momento."));
        assertThat(TIKA.detectMediaType(docx)).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(TIKA.extract(docx, TIKA.detectMediaType(docx), LIMITS).language()).isEqualTo("es");

        Path pptx = write("b.bin", TestDocuments.pptx("Use siempre el arnés cuando trabaje en altura sobre andamios y escaleras."));
        assertThat(TIKA.detectMediaType(pptx)).isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        // no type given: detected again from the bytes
        assertThat(TIKA.extract(pptx, null, LIMITS).text()).contains("arnés");
    }

    @Test
    void detectsEachDocumentsLanguageWhenExtractionsRunTogether() throws Exception {
        Path english = write("en.docx", TestDocuments.docx("Keep three points of contact when you climb on or off mobile equipment, and never jump."));
        Path spanish = write("es.docx", TestDocuments.docx("Mantenga tres puntos de contacto al subir o bajar del equipo móvil y nunca salte."));
        String docx = TIKA.detectMediaType(english);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Path file = i % 2 == 0 ? english : spanish;
                results.add(pool.submit(() -> TIKA.extract(file, docx, LIMITS).language()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("document %d", i).isEqualTo(i % 2 == 0 ? "en" : "es");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String INSPECTION = "Revise los frenos del montacargas antes de cada turno";
    private static final String HARNESS = "Use siempre el arnés cuando trabaje en altura sobre andamios";

    static java.util.stream.Stream<Arguments> formatsPartnersUse() throws IOException {
        return java.util.stream.Stream.of(
                Arguments.of("ODT", TestDocuments.odt(INSPECTION + ".", HARNESS + "."), "application/vnd.oasis.opendocument.text"),
                Arguments.of("ODS", TestDocuments.ods("Tarea | Estado", INSPECTION + " | hecho", HARNESS + " | pendiente"),
                        "application/vnd.oasis.opendocument.spreadsheet"),
                Arguments.of("ODP", TestDocuments.odp(INSPECTION + ".", HARNESS + "."), "application/vnd.oasis.opendocument.presentation"),
                Arguments.of("XLS", TestDocuments.xls("Tarea | Estado", INSPECTION + " | hecho", HARNESS + " | pendiente"),
                        "application/vnd.ms-excel"),
                Arguments.of("EPUB", TestDocuments.epub("Guía de seguridad", INSPECTION + ".", HARNESS + "."), "application/epub+zip"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatsPartnersUse")
    void readsOpenDocumentExcelAndEpubFiles(String kind, byte[] bytes, String mediaType) throws IOException {
        // no telling extension: the bytes decide
        Path file = write("upload-" + kind, bytes);
        assertThat(TIKA.detectMediaType(file)).isEqualTo(mediaType);
        assertThat(AcceptedMediaTypes.isAccepted(mediaType)).as("%s is accepted", kind).isTrue();
        TextExtractor.Document doc = TIKA.extract(file, mediaType, LIMITS);
        assertThat(doc.text()).contains(INSPECTION).contains(HARNESS);
        assertThat(doc.language()).isEqualTo("es");
    }

    @Test
    void refusesEncryptedFilesWithAReason() throws IOException {
        Path locked = write("locked.pdf", TestDocuments.encryptedPdf());
        assertThatThrownBy(() -> TIKA.extract(locked, "application/pdf", LIMITS))
                .isInstanceOf(TextExtractor.Failed.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void capsTheTextOfABomb() throws IOException {
        Path bomb = write("bomb.docx", TestDocuments.docxBomb(50));
        try {
            TextExtractor.Document doc = TIKA.extract(bomb, null, new TextExtractor.Limits(Duration.ofSeconds(30), 1_000_000, 3));
            assertThat(doc.truncated()).isTrue();
            assertThat(doc.text().length()).isLessThanOrEqualTo(1_000_000);
        } catch (TextExtractor.Failed expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Test
    void aBombTheGuardStopsIsReportedAsOne() throws IOException {
        // a cap on characters above the guard's: Tika's zip-bomb guard stops it first
        Path bomb = write("bomb.docx", TestDocuments.docxBomb(80));
        assertThatThrownBy(() -> TIKA.extract(bomb, null, new TextExtractor.Limits(Duration.ofSeconds(30), 100_000_000, 3)))
                .isInstanceOf(TextExtractor.Failed.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void detectsFromTheBytesNotTheName() throws IOException {
        assertThat(TIKA.detectMediaType(write("notes.pdf", "Notas de seguridad".getBytes(StandardCharsets.UTF_8))))
                .startsWith("text/plain");
        assertThat(TIKA.detectMediaType(write("safety.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})))
                .isNotEqualTo("application/pdf");
    }
}
