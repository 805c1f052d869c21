package org.alliancehub.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes one language version of a demo material as a PDF, the way an alliance product looks: the
 * alliance, the kind of product, title, summary and guidance, then the agency's required standard
 * language (disclaimer, employer responsibilities and worker rights) and the publication number and
 * date, all in the version's language. The document title, author, creation date and language are
 * set too, since the content service's extraction reads them.
 *
 * <p>The standard 14 fonts with their WinAnsiEncoding cover English, Spanish and Portuguese
 * (á é í ó ú ñ ü ¿ ¡ ã õ ç), so nothing is embedded; a character outside it is refused by PDFBox
 * with the character named.
 */
final class DemoPdf {

    /** What the document says, every text already in the version's language. */
    record Content(String language, String heading, String kind, String title, String summary, List<String> paragraphs,
                   String disclaimer, String workerRights, String publicationNumber, LocalDate publicationDate,
                   String publishedLine, String author) {
    }

    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN = 60;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LEADING = 1.3f;
    private static final float[] GRAY = {0.35f, 0.35f, 0.35f};
    private static final float[] BLACK = {0, 0, 0};
    private static final float[] AGENCY_BLUE = {0.0f, 0.22f, 0.45f};
    /** The month and year agency products print beside their number ("FS-3645 03/2013"). */
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MM/yyyy");

    private DemoPdf() {
    }

    static byte[] write(Content content) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, content);
            Fonts fonts = new Fonts();
            try (Flow flow = new Flow(document)) {
                flow.text(content.heading(), fonts.regular, 9, GRAY, 14);
                flow.text(content.kind().toUpperCase(Locale.forLanguageTag(content.language())), fonts.bold, 10, AGENCY_BLUE, 6);
                flow.text(content.title(), fonts.bold, 20, BLACK, 10);
                if (content.summary() != null) {
                    flow.text(content.summary(), fonts.italic, 12, BLACK, 12);
                }
                for (String paragraph : content.paragraphs()) {
                    flow.text(paragraph, fonts.regular, 11, BLACK, 8);
                }
                flow.rule(12);
                flow.text(content.disclaimer(), fonts.regular, 9, GRAY, 6);
                flow.text(content.workerRights(), fonts.regular, 9, GRAY, 10);
                flow.text(content.publicationNumber() + " " + MONTH_YEAR.format(content.publicationDate()), fonts.bold, 9, GRAY, 2);
                flow.text(content.publishedLine(), fonts.regular, 9, GRAY, 0);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void describe(PDDocument document, Content content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.title());
        info.setSubject(content.summary());
        info.setAuthor(content.author());
        info.setCreator("Alliance Outreach Hub demo content");
        info.setCreationDate(GregorianCalendar.from(content.publicationDate().atStartOfDay(ZoneOffset.UTC)));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(content.language());
        // viewers show the title, not the file name (PDF/UA asks for it too)
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    /** The standard 14 fonts used, made per document since a font object belongs to one document. */
    private static final class Fonts {
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    }

    /** Lays text out top to bottom, wrapped to the page width, starting a new page when one is full. */
    private static final class Flow implements AutoCloseable {

        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Flow(PDDocument document) {
            this.document = document;
        }

        void text(String text, PDFont font, float size, float[] color, float spaceAfter) throws IOException {
            float lineHeight = size * LEADING;
            for (String line : wrap(text, font, size)) {
                ensureRoom(lineHeight);
                y -= lineHeight;
                stream.beginText();
                stream.setFont(font, size);
                stream.setNonStrokingColor(color[0], color[1], color[2]);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            }
            y -= spaceAfter;
        }

        void rule(float spaceAfter) throws IOException {
            ensureRoom(spaceAfter);
            stream.setStrokingColor(GRAY[0], GRAY[1], GRAY[2]);
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.stroke();
            y -= spaceAfter;
        }

        private void ensureRoom(float height) throws IOException {
            if (stream != null && y - height >= MARGIN) {
                return;
            }
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        /** Words onto lines no wider than the text column; a word longer than a line gets a line of its own. */
        private static List<String> wrap(String text, PDFont font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
