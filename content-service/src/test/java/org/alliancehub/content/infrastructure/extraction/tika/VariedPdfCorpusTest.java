package org.alliancehub.content.infrastructure.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.alliancehub.content.VariedPdfs;
import org.alliancehub.content.application.TextExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Varied PDFs through our extractor beside plain Tika (a {@code new AutoDetectParser()} and its
 * three-argument parse): where Tika reads a file, so do we, with the same text and page count.
 */
class VariedPdfCorpusTest {

    private static final TikaTextExtractor TIKA = new TikaTextExtractor();
    private static final AutoDetectParser RAW = new AutoDetectParser();
    private static final TextExtractor.Limits LIMITS = new TextExtractor.Limits(Duration.ofSeconds(30), 5_000_000, 3);

    static {
        TIKA.init();
    }

    @TempDir
    Path dir;

    static List<VariedPdfs.Sample> corpus() throws IOException {
        return VariedPdfs.corpus();
    }

    /** What plain Tika reads: its text and metadata. */
    private record Raw(String text, Metadata metadata) {
    }

    private static Raw raw(byte[] pdf) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = new ByteArrayInputStream(pdf)) {
            RAW.parse(in, handler, metadata);
        }
        return new Raw(handler.toString().strip(), metadata);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsWhatPlainTikaReads(VariedPdfs.Sample sample) throws Exception {
        Raw raw = raw(sample.bytes());
        Path file = Files.write(dir.resolve(sample.name() + ".pdf"), sample.bytes());
        String type = TIKA.detectMediaType(file);
        assertThat(type).isEqualTo("application/pdf");

        TextExtractor.Document[] ours = new TextExtractor.Document[1];
        assertThatCode(() -> ours[0] = TIKA.extract(file, type, LIMITS)).as("plain Tika reads %s", sample).doesNotThrowAnyException();

        assertThat(ours[0].text()).as("the same text as plain Tika").isEqualTo(raw.text());
        assertThat(ours[0].pageCount()).as("pages").isEqualTo(sample.pages()).isEqualTo(raw.metadata().getInt(PagedText.N_PAGES));
        for (String phrase : sample.mustContain()) {
            assertThat(ours[0].text()).contains(phrase);
        }
    }

    @Test
    void theCorpusHasTheVersionsAndStructuresItClaims() throws Exception {
        List<VariedPdfs.Sample> corpus = VariedPdfs.corpus();
        assertThat(corpus).extracting(VariedPdfs.Sample::name).doesNotHaveDuplicates();
        assertThat(head(corpus, "pdf-1.4-classic-xref")).startsWith("%PDF-1.4");
        assertThat(head(corpus, "pdf-1.5")).startsWith("%PDF-1.5");
        assertThat(head(corpus, "pdf-1.6-object-streams")).startsWith("%PDF-1.6");
        assertThat(text(corpus, "pdf-1.6-object-streams")).contains("/ObjStm").doesNotContain("\nxref");
        assertThat(head(corpus, "pdf-1.7-object-streams")).startsWith("%PDF-1.7");
        assertThat(text(corpus, "pdf-1.4-classic-xref")).contains("\nxref");
        // the PDF/A identification and the attachments are where Tika looks for them
        assertThat(raw(sample(corpus, "pdf-a-1b").bytes()).metadata().get("pdfaid:part")).isEqualTo("1");
        assertThat(raw(sample(corpus, "scanned-page-no-text").bytes()).text()).isEmpty();
        assertThat(raw(sample(corpus, "embedded-files").bytes()).text()).contains(VariedPdfs.ATTACHED_TEXT);
    }

    private static VariedPdfs.Sample sample(List<VariedPdfs.Sample> corpus, String name) {
        return corpus.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static String head(List<VariedPdfs.Sample> corpus, String name) {
        return text(corpus, name).substring(0, 8);
    }

    private static String text(List<VariedPdfs.Sample> corpus, String name) {
        return new String(sample(corpus, name).bytes(), StandardCharsets.ISO_8859_1);
    }
}
