package org.alliancehub.domain.model.material;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;

import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.readability.Readability;
import org.alliancehub.domain.model.material.readability.ReadabilityFormula;

/**
 * What text extraction found in a version's file: the text (possibly truncated), page count,
 * document metadata, the detected language, and the findings a reviewer needs (standard language
 * present, language as declared, how plain the text is, what a PDF offers assistive technology).
 * Findings never refuse a file. A failed extraction keeps a reason; the version stays usable.
 */
@Embeddable
public class Extraction {

    public enum Status { PENDING, DONE, FAILED }

    @Enumerated(EnumType.STRING)
    @Column(name = "extraction_status", length = 10)
    private Status status;

    @Column(name = "extraction_reason", length = 1000)
    private String reason;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text", columnDefinition = "text")
    private String text;

    /** Kept beside the text, so that listings can say how long it is without loading it. */
    @Column(name = "text_characters")
    private Integer characters;

    @Column(name = "text_truncated")
    private Boolean truncated;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "document_title", length = 500)
    private String documentTitle;

    @Column(name = "document_author", length = 300)
    private String documentAuthor;

    @Column(name = "document_created", length = 40)
    private String documentCreated;

    @Column(name = "detected_language", length = 35)
    private String detectedLanguage;

    @Column(name = "disclaimer_found")
    private Boolean disclaimerFound;

    @Column(name = "worker_rights_found")
    private Boolean workerRightsFound;

    @Column(name = "extraction_finished_at")
    private OffsetDateTime finishedAt;

    /** Null when the text is too short to judge or no formula reads the version's language. */
    @Enumerated(EnumType.STRING)
    @Column(name = "readability_formula", length = 25)
    private ReadabilityFormula readabilityFormula;

    @Column(name = "readability_score")
    private Double readabilityScore;

    @Column(name = "readability_words")
    private Integer readabilityWords;

    @Column(name = "readability_sentences")
    private Integer readabilitySentences;

    /** Null unless the file is a PDF that could be opened. */
    @Column(name = "pdf_tagged")
    private Boolean pdfTagged;

    @Column(name = "pdf_language", length = PdfAccessibility.MAX_LANGUAGE)
    private String pdfLanguage;

    @Column(name = "pdf_title_set")
    private Boolean pdfTitleSet;

    @Column(name = "pdf_text_present")
    private Boolean pdfTextPresent;

    protected Extraction() {
        // for JPA
    }

    public static Extraction pending() {
        Extraction e = new Extraction();
        e.status = Status.PENDING;
        return e;
    }

    public static Extraction failed(String reason, OffsetDateTime at) {
        Extraction e = new Extraction();
        e.status = Status.FAILED;
        e.reason = reason == null ? "Extraction failed." : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        e.finishedAt = at;
        return e;
    }

    /**
     * A successful extraction of a version in {@code declaredLanguage}: the findings on the text are
     * made here; {@code accessibility} is what the file itself says, null when it is not a PDF or
     * could not be opened.
     */
    public static Extraction done(String text, boolean truncated, Integer pageCount, String title, String author,
                                  String created, String detectedLanguage, LanguageCode declaredLanguage,
                                  PdfAccessibility accessibility, OffsetDateTime at) {
        Extraction e = new Extraction();
        e.status = Status.DONE;
        e.text = text;
        e.characters = text == null ? null : text.length();
        e.truncated = truncated;
        e.pageCount = pageCount;
        e.documentTitle = cut(title, 500);
        e.documentAuthor = cut(author, 300);
        e.documentCreated = cut(created, 40);
        e.detectedLanguage = detectedLanguage;
        StandardLanguage.Findings findings = StandardLanguage.findIn(text);
        e.disclaimerFound = findings.disclaimer();
        e.workerRightsFound = findings.workerRights();
        Readability.of(text, declaredLanguage).ifPresent(r -> {
            e.readabilityFormula = r.formula();
            e.readabilityScore = r.score();
            e.readabilityWords = r.words();
            e.readabilitySentences = r.sentences();
        });
        if (accessibility != null) {
            e.pdfTagged = accessibility.tagged();
            e.pdfLanguage = accessibility.language();
            e.pdfTitleSet = accessibility.titleSet();
            e.pdfTextPresent = accessibility.textPresent();
        }
        e.finishedAt = at;
        return e;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String text() {
        return text;
    }

    /** The length of the text, null when there is none. */
    public Integer characters() {
        return characters;
    }

    public boolean truncated() {
        return Boolean.TRUE.equals(truncated);
    }

    public Integer pageCount() {
        return pageCount;
    }

    public String documentTitle() {
        return documentTitle;
    }

    public String documentAuthor() {
        return documentAuthor;
    }

    public String documentCreated() {
        return documentCreated;
    }

    public String detectedLanguage() {
        return detectedLanguage;
    }

    public Boolean disclaimerFound() {
        return disclaimerFound;
    }

    public Boolean workerRightsFound() {
        return workerRightsFound;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }

    /** How plain the text is, when it was long enough and its language has a formula. */
    public Optional<Readability> readability() {
        return readabilityFormula == null || readabilityScore == null ? Optional.empty()
                : Optional.of(new Readability(readabilityFormula, readabilityScore, readabilityWords, readabilitySentences));
    }

    /** What the PDF offers assistive technology; empty for other files and PDFs that could not be opened. */
    public Optional<PdfAccessibility> accessibility() {
        return pdfTagged == null ? Optional.empty()
                : Optional.of(new PdfAccessibility(pdfTagged, pdfLanguage, Boolean.TRUE.equals(pdfTitleSet),
                        Boolean.TRUE.equals(pdfTextPresent)));
    }

    public boolean isPresent() {
        return status != null;
    }
}
