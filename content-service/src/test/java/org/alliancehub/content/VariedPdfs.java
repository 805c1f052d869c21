package org.alliancehub.content;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * PDFs of the kinds partners upload, made with PDFBox as their tools make them: several versions
 * and cross-reference styles, a scanned page with no text layer, a photo page, annotations, PDF/A
 * identification, attachments, form fields. Each says what its text must contain.
 */
public final class VariedPdfs {

    /** One PDF of the corpus: its bytes, its page count, and phrases its extracted text must hold. */
    public record Sample(String name, byte[] bytes, int pages, List<String> mustContain) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final String ATTACHED_TEXT = "Attached checklist: pin every guardrail before the shift";
    public static final String ATTACHED_DOCX_TEXT = "Lista adjunta: revise los frenos del montacargas";

    private VariedPdfs() {
    }

    public static List<Sample> corpus() throws IOException {
        List<Sample> corpus = new ArrayList<>();
        corpus.add(versioned("pdf-1.4-classic-xref", 1.4f, CompressParameters.NO_COMPRESSION));
        corpus.add(versioned("pdf-1.5", 1.5f, CompressParameters.NO_COMPRESSION));
        // PDFBox writes object streams as PDF 1.6 at least
        corpus.add(versioned("pdf-1.6-object-streams", 1.6f, CompressParameters.DEFAULT_COMPRESSION));
        corpus.add(versioned("pdf-1.7-object-streams", 1.7f, CompressParameters.DEFAULT_COMPRESSION));
        corpus.add(scanned());
        corpus.add(photoPage());
        corpus.add(withCoverPage());
        corpus.add(annotated());
        corpus.add(pdfA());
        corpus.add(withAttachments());
        corpus.add(form());
        return corpus;
    }

    /** Two text pages, saved as the given version with a classic table or object streams. */
    private static Sample versioned(String name, float version, CompressParameters compression) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            // in the header, as older writers put it (PDFBox would otherwise name it in the catalog)
            doc.getDocument().setVersion(version);
            textPage(doc, "Haul truck safety, " + name + ". Keep three points of contact when you climb.");
            textPage(doc, "Segunda página: nunca salte del último escalón del camión.");
            return new Sample(name, save(doc, compression), 2, List.of("three points of contact", "último escalón"));
        }
    }

    /** A scanned notice: one page that is only a picture of text, as a copier makes it. */
    private static Sample scanned() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject scan = LosslessFactory.createFromImage(doc, picture("LOCKOUT TAGOUT", Color.WHITE));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(scan, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            return new Sample("scanned-page-no-text", save(doc, CompressParameters.DEFAULT_COMPRESSION), 1, List.of());
        }
    }

    /** A poster: a JPEG photo page, then a page of text. */
    private static Sample photoPage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(picture("SAFETY FIRST", new Color(250, 220, 60)), "jpeg", jpeg);
            PDImageXObject photo = JPEGFactory.createFromByteArray(doc, jpeg.toByteArray());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(photo, 50, 300, 500, 400);
            }
            textPage(doc, "The photo shows a worker wearing a hard hat and a high-visibility vest.");
            return new Sample("jpeg-photo-page", save(doc, CompressParameters.NO_COMPRESSION), 2, List.of("high-visibility vest"));
        }
    }

    /** A fact sheet whose first page shows only a short label (fewer characters than a page of text). */
    private static Sample withCoverPage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            textPage(doc, "OSHA 3");
            textPage(doc, "Trench collapses kill workers every year. Never enter an unprotected trench.");
            doc.addPage(new PDPage());
            return new Sample("cover-and-blank-page", save(doc, CompressParameters.DEFAULT_COMPRESSION), 3,
                    List.of("OSHA 3", "unprotected trench"));
        }
    }

    /** A reviewed draft: a sticky note and a link on a page with little text of its own. */
    private static Sample annotated() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = textPage(doc, "Draft 2");
            PDAnnotationText note = new PDAnnotationText();
            note.setContents("Reviewer: add the Spanish hotline number");
            note.setRectangle(new PDRectangle(400, 700, 20, 20));
            note.setName(PDAnnotationText.NAME_COMMENT);
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.osha.gov/heat");
            link.setAction(uri);
            link.setRectangle(new PDRectangle(40, 600, 200, 20));
            page.getAnnotations().add(note);
            page.getAnnotations().add(link);
            textPage(doc, "Heat illness prevention: water, rest, shade.");
            return new Sample("annotations", save(doc, CompressParameters.NO_COMPRESSION), 2,
                    List.of("water, rest, shade", "https://www.osha.gov/heat"));
        }
    }

    /** PDF/A-1b identification: XMP metadata with pdfaid, and an sRGB output intent. */
    private static Sample pdfA() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.4f);
            textPage(doc, "Archived fact sheet: silica dust controls for masonry saws.");
            String xmp = """
                    <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/">
                     <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                      <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                       <pdfaid:part>1</pdfaid:part>
                       <pdfaid:conformance>B</pdfaid:conformance>
                      </rdf:Description>
                      <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                       <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Silica dust controls</rdf:li></rdf:Alt></dc:title>
                      </rdf:Description>
                     </rdf:RDF>
                    </x:xmpmeta>
                    <?xpacket end="w"?>""";
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(doc,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            return new Sample("pdf-a-1b", save(doc, CompressParameters.NO_COMPRESSION), 1, List.of("silica dust controls"));
        }
    }

    /** A cover page with two attachments, a text file and a Word file, whose text belongs to the document. */
    private static Sample withAttachments() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            textPage(doc, "Toolbox talk pack: see the attached checklists.");
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of(
                    "checklist.txt", attachment(doc, "checklist.txt", "text/plain", ATTACHED_TEXT.getBytes(StandardCharsets.UTF_8)),
                    "lista.docx", attachment(doc, "lista.docx",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            TestDocuments.docx(ATTACHED_DOCX_TEXT))));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            doc.getDocumentCatalog().setNames(names);
            return new Sample("embedded-files", save(doc, CompressParameters.DEFAULT_COMPRESSION), 1,
                    List.of("Toolbox talk pack", ATTACHED_TEXT, ATTACHED_DOCX_TEXT));
        }
    }

    /** An inspection form: a page of fields (little printed text), filled in. */
    private static Sample form() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = textPage(doc, "Form 7");
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 0 Tf 0 g");

            PDTextField inspector = new PDTextField(form);
            inspector.setPartialName("inspector");
            inspector.setDefaultAppearance("/Helv 12 Tf 0 g");
            form.getFields().add(inspector);
            widget(inspector.getWidgets().get(0), page, new PDRectangle(50, 650, 250, 20));
            inspector.setValue("Maria Lopez");

            PDCheckBox harness = new PDCheckBox(form);
            harness.setPartialName("harness_checked");
            form.getFields().add(harness);
            widget(harness.getWidgets().get(0), page, new PDRectangle(50, 600, 15, 15));
            return new Sample("acroform-fields", save(doc, CompressParameters.NO_COMPRESSION), 1, List.of("Maria Lopez"));
        }
    }

    private static void widget(PDAnnotationWidget widget, PDPage page, PDRectangle where) throws IOException {
        widget.setRectangle(where);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
    }

    private static PDComplexFileSpecification attachment(PDDocument doc, String name, String mediaType, byte[] bytes) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes));
        file.setSubtype(mediaType);
        file.setSize(bytes.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        return spec;
    }

    private static PDPage textPage(PDDocument doc, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(40, 740);
            content.showText(text);
            content.endText();
        }
        return page;
    }

    /** A picture of words, as a scanner or camera sees them: pixels, no text layer. */
    private static BufferedImage picture(String words, Color background) {
        BufferedImage image = new BufferedImage(850, 1100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
            g.drawString(words, 80, 300);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] save(PDDocument doc, CompressParameters compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, compression);
        return out.toByteArray();
    }
}
