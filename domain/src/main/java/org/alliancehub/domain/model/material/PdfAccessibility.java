package org.alliancehub.domain.model.material;

/**
 * What a PDF offers assistive technology, as read from the file: a structure tree (tags) that gives
 * a screen reader headings, lists and reading order; the document's language, which picks the
 * reader's voice; a title to announce; and a text layer (a scanned page without one is only a
 * picture). A finding for partners and staff, never a reason to refuse a file.
 *
 * @param language the catalog's {@code /Lang}, null when it is not set
 */
public record PdfAccessibility(boolean tagged, String language, boolean titleSet, boolean textPresent) {

    /** The longest language value kept; a BCP 47 tag is far shorter. */
    public static final int MAX_LANGUAGE = 100;

    public PdfAccessibility {
        language = language == null || language.isBlank() ? null
                : language.strip().length() > MAX_LANGUAGE ? language.strip().substring(0, MAX_LANGUAGE) : language.strip();
    }

    public boolean languageSet() {
        return language != null;
    }
}
