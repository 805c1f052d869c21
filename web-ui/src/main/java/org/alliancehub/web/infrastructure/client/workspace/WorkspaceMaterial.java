package org.alliancehub.web.infrastructure.client.workspace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.contracts.content.EmphasisProgramView;

/**
 * A material as the content service shows it to its alliance's partners and to staff (the workspace
 * view of {@code GET /content/api/materials/{id}} with a token): every state, and each version's
 * extraction findings. The portal reads the fields it shows; it ignores any others.
 */
public record WorkspaceMaterial(String id, String allianceId, String allianceName, String agency, String type,
                                String publicationNumber, LocalDate publicationDate, List<String> topics,
                                List<String> industries, List<String> audiences, List<EmphasisProgramView> emphasisPrograms,
                                String state, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
                                long version, List<Version> versions) {

    public WorkspaceMaterial {
        topics = topics == null ? List.of() : topics;
        industries = industries == null ? List.of() : industries;
        audiences = audiences == null ? List.of() : audiences;
        emphasisPrograms = emphasisPrograms == null ? List.of() : emphasisPrograms;
        versions = versions == null ? List.of() : versions;
    }

    public record Version(String language, String title, String summary, String externalLink, boolean translationOutdated,
                          OffsetDateTime updatedAt, File file, Extraction extraction) {
    }

    public record File(String name, String mediaType, long size, String sha256, OffsetDateTime uploadedAt) {
    }

    /** What the extraction found; status PENDING, DONE or FAILED (with a reason). */
    public record Extraction(String status, String reason, Boolean truncated, Integer pageCount, String detectedLanguage,
                             Boolean languageAsDeclared, Boolean disclaimerFound, Boolean workerRightsFound,
                             String documentTitle, Integer characters, OffsetDateTime finishedAt,
                             Readability readability, Accessibility accessibility) {

        public boolean isPending() {
            return "PENDING".equals(status) || "RUNNING".equals(status);
        }

        public boolean isFailed() {
            return "FAILED".equals(status);
        }
    }

    /** A plain-language score of the text: Flesch–Kincaid grade (English) or Fernández Huerta ease (Spanish). */
    public record Readability(String formula, double score, double target, boolean targetMet, int words, int sentences) {
    }

    /** A PDF's accessibility: tagged, its language and title set, text present (not only a scanned image). */
    public record Accessibility(boolean tagged, boolean languageSet, String language, boolean titleSet, boolean textPresent) {
    }

    /** The title people know it by: the English version's, else the first version's, else its type. */
    public String knownTitle() {
        return version("en").or(() -> versions.stream().findFirst())
                .map(Version::title).filter(t -> t != null && !t.isBlank()).orElse(type);
    }

    public java.util.Optional<Version> version(String language) {
        return versions.stream().filter(v -> v.language().equalsIgnoreCase(language)).findFirst();
    }
}
