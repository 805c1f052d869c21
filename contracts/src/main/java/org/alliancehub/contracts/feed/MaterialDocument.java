package org.alliancehub.contracts.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A published material as the public may see it, with each language version's extracted text (capped). */
public record MaterialDocument(String id, String allianceId, String allianceName, String agency, List<String> participants,
                               String type, String publicationNumber, LocalDate publicationDate, List<String> topics,
                               List<String> industries, List<String> audiences, List<ProgramReference> emphasisPrograms,
                               OffsetDateTime publishedAt, OffsetDateTime updatedAt, List<Version> versions) {

    /** One language version: its own title and summary, its file, the page count, the text search indexes. */
    public record Version(String language, String title, String summary, String externalLink, boolean translationOutdated,
                          OffsetDateTime updatedAt, File file, Extraction extraction, String text) {
    }

    /** The original file. */
    public record File(String name, String mediaType, long size, String sha256) {
    }

    /** What a reader needs of an extraction. */
    public record Extraction(Integer pageCount) {
    }
}
