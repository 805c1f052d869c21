package org.alliancehub.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real documents made by the libraries that make them in the wild (PDFBox and POI), and OpenDocument
 * and EPUB files put together as their specifications lay them out (a zip with its type first).
 */
public final class TestDocuments {

    public static final String DISCLAIMER = "This product was developed through the OSHA Alliance Program and does not "
            + "necessarily reflect the official views of OSHA or the U.S. Department of Labor.";
    public static final String WORKER_RIGHTS = "Employers are responsible for providing a safe and healthful workplace "
            + "and workers have rights.";

    /** A toolbox talk in plain English: 146 words in 20 sentences, short words (a grade well below 8). */
    public static final String PLAIN_TALK = "Falls from ladders hurt many workers each year. You can stop most of them. "
            + "Pick the right ladder for the job. Check it before you climb. Look for cracks, loose steps and bent rails. "
            + "Do not use a ladder that is damaged. Set it on firm, level ground. Keep three points of contact at all times. "
            + "That means two hands and one foot, or two feet and one hand. Face the ladder when you go up or down. "
            + "Do not carry tools in your hands. Use a tool belt or a rope. Never stand on the top step. "
            + "Do not lean out to the side. Move the ladder instead. Ask your boss for help if you are not sure. "
            + "Your safety comes first. Talk with your crew about these tips today. Stay safe and go home well. "
            + "Tell your crew lead when a ladder is hurt.";

    private TestDocuments() {
    }

    /** A PDF with one page per paragraph. */
    public static byte[] pdf(List<String> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(40, 740);
                    for (String line : wrap(text, 95)) {
                        content.showText(line);
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle("Preventing falls from mobile equipment");
            document.getDocumentInformation().setAuthor("NSSGA");
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(40, 740);
                content.showText("Secret safety plan");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.getProperties().getCoreProperties().setTitle("Seguridad con montacargas");
            document.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] pptx(String... slides) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : slides) {
                XSLFTextBox box = show.createSlide().createTextBox();
                box.setText(text);
            }
            show.write(out);
            return out.toByteArray();
        }
    }

    /** A "DOCX" whose document part inflates to {@code megabytes} MB of text: a zip bomb in an accepted type. */
    public static byte[] docxBomb(int megabytes) throws IOException {
        byte[] normal = docx("Harmless first paragraph.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(normal))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
                    zip.write(head.getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "safety ".repeat(1024 * 160).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(chunk, 0, 1024 * 1024);
                    }
                    zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An Excel 97-2003 workbook (HSSF): one sheet, one row per line, cells split at " | ". */
    public static byte[] xls(String... rows) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Inspecciones");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = rows[r].split(" \\| ");
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static final String ODF_NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
            + "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" "
            + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\"";

    /** An OpenDocument text: one paragraph per argument. */
    public static byte[] odt(String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder("<office:text>");
        for (String p : paragraphs) {
            body.append("<text:p>").append(xml(p)).append("</text:p>");
        }
        return odf("application/vnd.oasis.opendocument.text", body.append("</office:text>").toString());
    }

    /** An OpenDocument spreadsheet: one row per line, cells split at " | ". */
    public static byte[] ods(String... rows) throws IOException {
        StringBuilder body = new StringBuilder("<office:spreadsheet><table:table table:name=\"Inspecciones\">");
        for (String row : rows) {
            body.append("<table:table-row>");
            for (String cell : row.split(" \\| ")) {
                body.append("<table:table-cell office:value-type=\"string\"><text:p>").append(xml(cell)).append("</text:p></table:table-cell>");
            }
            body.append("</table:table-row>");
        }
        return odf("application/vnd.oasis.opendocument.spreadsheet", body.append("</table:table></office:spreadsheet>").toString());
    }

    /** An OpenDocument presentation: one slide per argument, its text in a frame. */
    public static byte[] odp(String... slides) throws IOException {
        StringBuilder body = new StringBuilder("<office:presentation>");
        for (int i = 0; i < slides.length; i++) {
            body.append("<draw:page draw:name=\"page").append(i + 1).append("\">")
                    .append("<draw:frame svg:width=\"20cm\" svg:height=\"5cm\" svg:x=\"2cm\" svg:y=\"2cm\"><draw:text-box><text:p>")
                    .append(xml(slides[i])).append("</text:p></draw:text-box></draw:frame></draw:page>");
        }
        return odf("application/vnd.oasis.opendocument.presentation", body.append("</office:presentation>").toString());
    }

    /** An OpenDocument package: the mimetype entry first and stored, the manifest, the content. */
    private static byte[] odf(String mediaType, String body) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ODF_NAMESPACES + ">"
                + "<office:body>" + body + "</office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        return zip(mediaType, List.of("META-INF/manifest.xml", manifest, "content.xml", content));
    }

    /** An EPUB: mimetype, the container naming the package, the package (OPF), one XHTML chapter. */
    public static byte[] epub(String title, String... paragraphs) throws IOException {
        String container = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
                + "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
                + "</rootfiles></container>";
        String opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:identifier id=\"id\">urn:uuid:4f0c1b9e-6a53-4a4e-9d7e-alliancehub</dc:identifier>"
                + "<dc:title>" + xml(title) + "</dc:title><dc:language>es</dc:language>"
                + "<meta property=\"dcterms:modified\">2025-01-01T00:00:00Z</meta></metadata>"
                + "<manifest><item id=\"ch1\" href=\"chapter1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"ch1\"/></spine></package>";
        StringBuilder chapter = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"es\"><head><title>" + xml(title) + "</title></head><body>"
                + "<h1>" + xml(title) + "</h1>");
        for (String p : paragraphs) {
            chapter.append("<p>").append(xml(p)).append("</p>");
        }
        chapter.append("</body></html>");
        return zip("application/epub+zip", List.of("META-INF/container.xml", container, "OEBPS/content.opf", opf,
                "OEBPS/chapter1.xhtml", chapter.toString()));
    }

    /** A zip whose first entry, stored uncompressed, is {@code mimetype}: how ODF and EPUB readers tell the type. */
    private static byte[] zip(String mediaType, List<String> namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            for (int i = 0; i + 1 < namesAndContents.size(); i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents.get(i)));
                zip.write(namesAndContents.get(i + 1).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static byte[] truncated(byte[] document) {
        return Arrays.copyOf(document, document.length / 2);
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
