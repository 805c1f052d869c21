package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.material.Extraction;
import org.alliancehub.domain.model.material.LanguageVersion;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.StoredFile;
import org.alliancehub.domain.model.organization.Organization;

/**
 * The representation of a material that the API answers with, filled per audience. The public get
 * what a reader needs: of an extraction only the page count (as the change feed's document does).
 * The workspace (the alliance's partners and staff) also get the review findings: status and
 * failure reason, detected language, the statements found, the document's own metadata.
 */
public record MaterialView(String id, String allianceId, String allianceName, String agency, List<String> participants,
                           String type, String publicationNumber, LocalDate publicationDate, List<String> topics,
                           List<String> industries, List<String> audiences, List<EmphasisProgramView> emphasisPrograms,
                           String state, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                           OffsetDateTime publishedAt, long version, List<VersionView> versions) {

    public record VersionView(String language, String title, String summary, String externalLink,
                              boolean translationOutdated, OffsetDateTime updatedAt, FileView file,
                              ExtractionView extraction) {

        static VersionView of(LanguageVersion version, Audience audience) {
            FileView file = version.file().map(FileView::of).orElse(null);
            ExtractionView extraction = version.extraction()
                    .map(e -> audience == Audience.WORKSPACE ? ExtractionView.of(e, version) : ExtractionView.forPublic(e))
                    .orElse(null);
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
                                 String documentCreated, Integer characters, OffsetDateTime finishedAt) {
        static ExtractionView of(Extraction e, LanguageVersion version) {
            Boolean asDeclared = e.detectedLanguage() == null ? null
                    : e.detectedLanguage().equalsIgnoreCase(version.language().primaryLanguage());
            return new ExtractionView(e.status().name(), e.reason(), e.status() == Extraction.Status.DONE ? e.truncated() : null,
                    e.pageCount(), e.detectedLanguage(), asDeclared, e.disclaimerFound(), e.workerRightsFound(),
                    e.documentTitle(), e.documentAuthor(), e.documentCreated(), e.characters(), e.finishedAt());
        }

        /** What a reader needs to know of a file's content: how many pages it has; nothing when that is unknown. */
        static ExtractionView forPublic(Extraction e) {
            return e.pageCount() == null ? null
                    : new ExtractionView(null, null, null, e.pageCount(), null, null, null, null, null, null, null, null, null);
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

    public static MaterialView forCaller(Material material, Caller caller) {
        return of(material, audienceOf(caller, material));
    }

    /** The workspace view (partners of the alliance, staff). */
    public static MaterialView of(Material material) {
        return of(material, Audience.WORKSPACE);
    }

    public static MaterialView forPublic(Material material) {
        return of(material, Audience.PUBLIC);
    }

    private static MaterialView of(Material material, Audience audience) {
        return new MaterialView(material.id(), material.alliance().id(), material.alliance().name(),
                material.alliance().agency().name(),
                material.alliance().participants().stream().map(Organization::name).toList(),
                material.type().name(), material.publicationNumber(), material.publicationDate(),
                List.copyOf(material.topics()), List.copyOf(material.industries()), List.copyOf(material.audiences()),
                material.emphasisPrograms().stream().map(EmphasisProgramView::of).toList(), material.state().name(), material.createdAt(), material.updatedAt(),
                material.publishedAt(), material.version(),
                material.versions().stream().map(v -> VersionView.of(v, audience)).toList());
    }
}
