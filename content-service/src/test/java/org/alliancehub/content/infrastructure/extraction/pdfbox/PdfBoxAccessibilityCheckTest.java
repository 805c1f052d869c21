package org.alliancehub.content.infrastructure.extraction.pdfbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alliancehub.content.TestDocuments;
import org.alliancehub.domain.model.material.PdfAccessibility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.XmpSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs written here with PDFBox, as the tools partners use write them, each checked from its file. */
class PdfBoxAccessibilityCheckTest {

    private static final String PDF = "application/pdf";

    @TempDir
    Path dir;

    private final PdfBoxAccessibilityCheck check = new PdfBoxAccessibilityCheck();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void text(PDDocument document, PDPage page, String line) throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(40, 740);
            content.showText(line);
            content.endText();
        }
    }

    private static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Test
    void aTaggedPdfWithItsLanguageAndTitleHasEveryFinding() throws IOException {
        byte[] bytes;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            text(document, page, "Mantenga tres puntos de contacto al subir y bajar.");
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            catalog.setMarkInfo(mark);
            catalog.setStructureTreeRoot(new PDStructureTreeRoot());
            catalog.setLanguage("es-MX");
            document.getDocumentInformation().setTitle("Cómo prevenir caídas");
            bytes = saved(document);
        }
        assertThat(check.check(write("tagged.pdf", bytes), PDF)).hasValue(new PdfAccessibility(true, "es-MX", true, true));
    }

    @Test
    void anUntaggedPdfWithoutLanguageOrTitleHasNone() throws IOException {
        byte[] bytes;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            text(document, page, "Keep three points of contact when you climb on or off.");
            bytes = saved(document);
        }
        PdfAccessibility found = check.check(write("untagged.pdf", bytes), PDF).orElseThrow();
        assertThat(found).isEqualTo(new PdfAccessibility(false, null, false, true));
        assertThat(found.languageSet()).isFalse();
    }

    @Test
    void aMarkInfoAloneMarksATaggedPdfAndAnXmpTitleIsATitle() throws Exception {
        byte[] bytes;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            text(document, page, "Keep three points of contact when you climb on or off.");
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(mark);
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            xmp.createAndAddDublinCoreSchema().setTitle("Preventing falls from mobile equipment");
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(serialized.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);
            bytes = saved(document);
        }
        PdfAccessibility found = check.check(write("xmp.pdf", bytes), PDF).orElseThrow();
        assertThat(found.tagged()).isTrue();
        assertThat(found.titleSet()).isTrue();
    }

    @Test
    void aScannedPageThatIsOnlyAnImageHasNoText() throws IOException {
        byte[] bytes;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                scan.setRGB(x, 50, 0xFFFFFF);
            }
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 40, 500, 400, 200);
            }
            document.getDocumentInformation().setTitle("Scanned fact sheet");
            bytes = saved(document);
        }
        PdfAccessibility found = check.check(write("scan.pdf", bytes), PDF).orElseThrow();
        assertThat(found.textPresent()).isFalse();
        assertThat(found.titleSet()).isTrue();
    }

    @Test
    void aFewWordsOnEachOfManyPagesAreTooLittleText() throws IOException {
        Path sparse = write("sparse.pdf", TestDocuments.pdf(List.of("Stop.", "Look up.", "Harness.")));
        assertThat(check.check(sparse, PDF)).hasValueSatisfying(a -> assertThat(a.textPresent()).isFalse());
        Path full = write("full.pdf", TestDocuments.pdf(List.of(TestDocuments.PLAIN_TALK)));
        assertThat(check.check(full, PDF)).hasValueSatisfying(a -> assertThat(a.textPresent()).isTrue());
    }

    @Test
    void otherFilesAndPdfsThatDoNotOpenHaveNoCheck() throws IOException {
        byte[] good = TestDocuments.pdf(List.of("Three points of contact."));
        assertThat(check.check(write("notes.txt", "Three points of contact.".getBytes()), "text/plain")).isEmpty();
        assertThat(check.check(write("a.docx", TestDocuments.docx("Tres puntos de contacto.")),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isEmpty();
        assertThat(check.check(write("locked.pdf", TestDocuments.encryptedPdf()), PDF)).as("password-protected").isEmpty();
        assertThat(check.check(write("half.pdf", TestDocuments.truncated(good)), PDF)).as("damaged").isEmpty();
        assertThat(check.check(write("garbage.pdf", "%PDF-1.7 not really".getBytes()), PDF)).isEmpty();
        assertThat(check.check(dir.resolve("missing.pdf"), PDF)).isEmpty();
    }
}
