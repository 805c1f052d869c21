package org.alliancehub.content.infrastructure.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.alliancehub.content.TestDocuments;
import org.alliancehub.content.application.ExtractionQueue;
import org.alliancehub.content.application.FileStore;
import org.alliancehub.content.application.TextExtractor;
import org.alliancehub.content.infrastructure.extraction.pdfbox.PdfBoxAccessibilityCheck;
import org.alliancehub.content.infrastructure.extraction.tika.TikaTextExtractor;
import org.alliancehub.domain.model.material.Extraction;
import org.alliancehub.domain.model.material.PdfAccessibility;
import org.alliancehub.domain.model.material.readability.ReadabilityFormula;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failed extraction reaches the log once, with the stored file's hash, its type, the reason and the cause. */
class ManagedExtractionQueueTest {

    private static final Logger LOG = Logger.getLogger(ManagedExtractionQueue.class.getName());
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level level;

    @BeforeEach
    void listen() {
        level = LOG.getLevel();
        LOG.setLevel(Level.FINE);
        LOG.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        LOG.removeHandler(capture);
        LOG.setLevel(level);
    }

    private ManagedExtractionQueue queue(Path stored, TextExtractor extractor) {
        ManagedExtractionQueue queue = new ManagedExtractionQueue();
        queue.files = new OneFile(stored);
        queue.extractor = extractor;
        queue.accessibility = new PdfBoxAccessibilityCheck();
        queue.timeoutSeconds = 30;
        queue.maxCharacters = 5_000_000;
        queue.maxDepth = 3;
        return queue;
    }

    private List<LogRecord> at(Level wanted) {
        return records.stream().filter(r -> r.getLevel().equals(wanted)).toList();
    }

    @Test
    void aFileTikaRefusesIsLoggedWithItsHashTypeReasonAndCause() throws IOException {
        TikaTextExtractor tika = new TikaTextExtractor();
        tika.init();
        Path locked = Files.write(dir.resolve(SHA), TestDocuments.encryptedPdf());

        Extraction result = queue(locked, tika).extract(new ExtractionQueue.Job("m-1", "es", SHA, "application/pdf"));

        assertThat(result.status()).isEqualTo(Extraction.Status.FAILED);
        assertThat(at(Level.WARNING)).singleElement().satisfies(r -> assertThat(r.getMessage())
                .contains("sha256=" + SHA)
                .contains("application/pdf")
                .contains("material m-1, es")
                .contains(result.reason())
                .contains("EncryptedDocumentException"));
        assertThat(at(Level.FINE)).singleElement().satisfies(r -> assertThat(r.getThrown()).isNotNull());
    }

    @Test
    void aPdfsTextIsScoredByItsVersionsLanguageAndItsFileCheckedForAccessibility() throws IOException {
        TikaTextExtractor tika = new TikaTextExtractor();
        tika.init();
        Path file = Files.write(dir.resolve(SHA), TestDocuments.pdf(List.of(TestDocuments.PLAIN_TALK)));

        Extraction english = queue(file, tika).extract(new ExtractionQueue.Job("m-4", "en", SHA, "application/pdf"));

        assertThat(english.status()).isEqualTo(Extraction.Status.DONE);
        assertThat(english.readability()).hasValueSatisfying(r -> {
            assertThat(r.formula()).isEqualTo(ReadabilityFormula.FLESCH_KINCAID_GRADE);
            assertThat(r.words()).isEqualTo(146);
            assertThat(r.sentences()).isEqualTo(20);
            assertThat(r.targetMet()).isTrue();
        });
        assertThat(english.accessibility()).hasValue(new PdfAccessibility(false, null, true, true));
        assertThat(queue(file, tika).extract(new ExtractionQueue.Job("m-4", "es-MX", SHA, "application/pdf")).readability())
                .as("the declared language picks the formula").hasValueSatisfying(r -> assertThat(r.formula()).isEqualTo(ReadabilityFormula.FERNANDEZ_HUERTA));
        assertThat(queue(file, tika).extract(new ExtractionQueue.Job("m-4", "pt-BR", SHA, "application/pdf")).readability()).isEmpty();
        assertThat(at(Level.WARNING)).isEmpty();
    }

    @Test
    void aParserBugIsLoggedWithTheWholeCauseChain() throws IOException {
        Path file = Files.write(dir.resolve(SHA), new byte[] {1});
        TextExtractor buggy = new TextExtractor() {
            @Override
            public String detectMediaType(Path f) {
                return "application/pdf";
            }

            @Override
            public Document extract(Path f, String mediaType, Limits limits) {
                throw new Failed("The file could not be read: Unexpected RuntimeException from PDFParser",
                        new IllegalStateException("Unexpected RuntimeException from PDFParser",
                                new NullPointerException("this.ocrParser is null")));
            }
        };

        queue(file, buggy).extract(new ExtractionQueue.Job("m-2", "en", SHA, "application/pdf"));

        assertThat(at(Level.WARNING)).singleElement().satisfies(r -> assertThat(r.getMessage())
                .contains("sha256=" + SHA)
                .contains("java.lang.IllegalStateException: Unexpected RuntimeException from PDFParser"
                        + " <- java.lang.NullPointerException: this.ocrParser is null"));
    }

    @Test
    void anUnexpectedExceptionIsLoggedToo() {
        ManagedExtractionQueue queue = queue(dir.resolve("missing"), null);
        queue.files = new OneFile(null);

        Extraction result = queue.extract(new ExtractionQueue.Job("m-3", "en", SHA, "text/plain"));

        assertThat(result.status()).isEqualTo(Extraction.Status.FAILED);
        assertThat(at(Level.WARNING)).singleElement().satisfies(r -> assertThat(r.getMessage())
                .contains("sha256=" + SHA).contains("text/plain").contains("NoSuchFileException"));
    }

    /** A store holding one file (or none: locate fails as a missing file does). */
    private record OneFile(Path file) implements FileStore {
        @Override
        public Staged stage(InputStream in, long maxBytes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path locate(String sha256) throws IOException {
            if (file == null) {
                throw new java.nio.file.NoSuchFileException(sha256);
            }
            return file;
        }

        @Override
        public Stream<Kept> kept() {
            return Stream.empty();
        }

        @Override
        public boolean deleteIfNotKeptSince(String sha256, Instant keptBefore) {
            return false;
        }
    }
}
