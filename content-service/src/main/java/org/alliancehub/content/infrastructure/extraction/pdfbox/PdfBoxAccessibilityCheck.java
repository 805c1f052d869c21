package org.alliancehub.content.infrastructure.extraction.pdfbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancehub.content.application.AccessibilityCheck;
import org.alliancehub.domain.model.material.PdfAccessibility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * The accessibility of a PDF as PDFBox reads it from the document catalog: tagged when the catalog
 * has a structure tree or marks the document as tagged ({@code /MarkInfo /Marked true}); the
 * catalog's {@code /Lang}; a title in the document information or in the XMP metadata
 * ({@code dc:title}); and a text layer, at least {@value #CHARACTERS_PER_PAGE} characters other than
 * white space per page on average over the first {@value #PAGES_SAMPLED} pages. The text is PDFBox's
 * own reading of the pages, not the extracted text, so that an OCR'd reading of a scan could never
 * pass for a text layer a screen reader can use.
 */
@ApplicationScoped
public class PdfBoxAccessibilityCheck implements AccessibilityCheck {

    private static final Logger LOG = TracedLogger.of(PdfBoxAccessibilityCheck.class);
    static final int CHARACTERS_PER_PAGE = 20;
    /** Enough pages to tell a scan from a text; a long manual is not read twice. */
    static final int PAGES_SAMPLED = 10;

    @Override
    public Optional<PdfAccessibility> check(Path file, String mediaType) {
        if (mediaType == null || !mediaType.startsWith("application/pdf")) {
            return Optional.empty();
        }
        // read from the file as needed, not loaded whole; a password-protected file does not open
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            return Optional.of(new PdfAccessibility(tagged(catalog), catalog.getLanguage(), titled(document),
                    textPresent(document)));
        } catch (IOException | RuntimeException e) {
            // password-protected or damaged: extraction reports it (or read what it could); no finding here
            LOG.log(Level.FINE, e, () -> "No accessibility check of " + file.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean tagged(PDDocumentCatalog catalog) {
        PDMarkInfo mark = catalog.getMarkInfo();
        return catalog.getStructureTreeRoot() != null || mark != null && mark.isMarked();
    }

    private static boolean titled(PDDocument document) {
        String title = document.getDocumentInformation().getTitle();
        return title != null && !title.isBlank() || xmpTitle(document.getDocumentCatalog().getMetadata());
    }

    private static boolean xmpTitle(PDMetadata metadata) {
        if (metadata == null) {
            return false;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            if (dc == null) {
                return false;
            }
            List<String> languages = dc.getTitleLanguages();
            if (languages == null) {
                return false;
            }
            for (String language : languages) {
                // the title in any language ("x-default", "es-MX") names the document
                String title = dc.getTitle(language);
                if (title != null && !title.isBlank()) {
                    return true;
                }
            }
            return false;
        } catch (IOException | XmpParsingException | BadFieldValueException | RuntimeException e) {
            // metadata that does not parse carries no title a reader could announce
            return false;
        }
    }

    private static boolean textPresent(PDDocument document) throws IOException {
        int pages = Math.min(document.getNumberOfPages(), PAGES_SAMPLED);
        if (pages == 0) {
            return false;
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(pages);
        String text = stripper.getText(document);
        long characters = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
        return characters >= (long) CHARACTERS_PER_PAGE * pages;
    }
}
