package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.material.Extraction;
import org.alliancehub.domain.model.material.LanguageVersion;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.PdfAccessibility;
import org.alliancehub.domain.model.material.StoredFile;
import org.alliancehub.domain.model.material.readability.Readability;
import org.alliancehub.domain.model.organization.Organization;

/**
 * The workspace view of a material: what the alliance's partners and staff see, with the review
 * findings of each extraction (status and failure reason, detected language, the statements found,
 * the document's own metadata, the length of the text, how plain the text is, what a PDF offers
 * assistive technology). Everyone else gets the public document
 * ({@link PublicDocuments#publicMaterial}, the contracts module's record): of an extraction only the
 * page count. {@link #forCaller} is the one place that decides.
 */
public record MaterialView(String id, String allianceId, String allianceName, String agency, List<String> participants,
                           String type, String publicationNumber, LocalDate publicationDate, List<String> topics,
                           List<String> industries, List<String> audiences, List<EmphasisProgramView> emphasisPrograms,
                           String state, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                           OffsetDateTime publishedAt, long version, List<VersionView> versions) {

    public record VersionView(String language, String title, String summary, String externalLink,
                              boolean translationOutdated, OffsetDateTime updatedAt, FileView file,
                              ExtractionView extraction) {

        static VersionView of(LanguageVersion version) {
            FileView file = version.file().map(FileView::of).orElse(null);
            ExtractionView extraction = version.extraction().map(e -> ExtractionView.of(e, version)).orElse(null);
            return new VersionView(version.language().tag(), version.title(), version.summary(),
                    version.externalLink(), version.translationOutdated(), version.updatedAt(), file, extraction);
        }
    }

    /** The original file: its name, real type, size and hash (also its ETag). */
    public record FileView(String name, String mediaType, long size, String sha256, OffsetDateTime uploadedAt) {
        static FileView of(StoredFile f) {
            return new FileView(f.fileName(), f.mediaType(), f.size(), f.sha256(), f.uploadedAt());
        }
    }

    /** What the reviewer needs to know of the extraction: status or failure reason, and the findings. */
    public record ExtractionView(String status, String reason, Boolean truncated, Integer pageCount,
                                 String detectedLanguage, Boolean languageAsDeclared, Boolean disclaimerFound,
                                 Boolean workerRightsFound, String documentTitle, String documentAuthor,
                                 String documentCreated, Integer characters, OffsetDateTime finishedAt,
                                 ReadabilityView readability, AccessibilityView accessibility) {
        static ExtractionView of(Extraction e, LanguageVersion version) {
            Boolean asDeclared = e.detectedLanguage() == null ? null
                    : e.detectedLanguage().equalsIgnoreCase(version.language().primaryLanguage());
            return new ExtractionView(e.status().name(), e.reason(), e.status() == Extraction.Status.DONE ? e.truncated() : null,
                    e.pageCount(), e.detectedLanguage(), asDeclared, e.disclaimerFound(), e.workerRightsFound(),
                    e.documentTitle(), e.documentAuthor(), e.documentCreated(), e.characters(), e.finishedAt(),
                    e.readability().map(ReadabilityView::of).orElse(null), e.accessibility().map(AccessibilityView::of).orElse(null));
        }
    }

    /**
     * How plain the text is: {@code FLESCH_KINCAID_GRADE} (English, a school grade, target 8 or
     * below) or {@code FERNANDEZ_HUERTA} (Spanish, an ease, target 70 or above). Absent when the
     * text has under 100 words or is in another language.
     */
    public record ReadabilityView(String formula, double score, double target, boolean targetMet, int words,
                                  int sentences) {
        static ReadabilityView of(Readability r) {
            return new ReadabilityView(r.formula().name(), r.score(), r.target(), r.targetMet(), r.words(), r.sentences());
        }
    }

    /** What a PDF offers assistive technology; absent for other files and PDFs that could not be opened. */
    public record AccessibilityView(boolean tagged, boolean languageSet, String language, boolean titleSet,
                                    boolean textPresent) {
        static AccessibilityView of(PdfAccessibility a) {
            return new AccessibilityView(a.tagged(), a.languageSet(), a.language(), a.titleSet(), a.textPresent());
        }
    }

    /** Who a view is for. */
    public enum Audience {
        /** Anyone: readers of the portal, the public API, the change feed. */
        PUBLIC,
        /** The alliance's partners and agency staff, who act on the findings. */
        WORKSPACE
    }

    /** The one rule: the partners of the material's alliance and staff see the workspace view, everyone else the public one. */
    public static Audience audienceOf(Caller caller, Material material) {
        return caller.mayEditFor(material.alliance()) ? Audience.WORKSPACE : Audience.PUBLIC;
    }

    /** The caller's view of a material: this workspace view, or the public document. */
    public static Object forCaller(Material material, Caller caller) {
        return audienceOf(caller, material) == Audience.WORKSPACE ? of(material) : PublicDocuments.publicMaterial(material);
    }

    /** The workspace view (partners of the alliance, staff). */
    public static MaterialView of(Material material) {
        return new MaterialView(material.id(), material.alliance().id(), material.alliance().name(),
                material.alliance().agency().name(),
                material.alliance().participants().stream().map(Organization::name).toList(),
                material.type().name(), material.publicationNumber(), material.publicationDate(),
                List.copyOf(material.topics()), List.copyOf(material.industries()), List.copyOf(material.audiences()),
                material.emphasisPrograms().stream().map(PublicViews::program).toList(), material.state().name(), material.createdAt(), material.updatedAt(),
                material.publishedAt(), material.version(),
                material.versions().stream().map(VersionView::of).toList());
    }
}
