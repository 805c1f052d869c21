package org.alliancehub.contracts.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.contracts.feed.MaterialDocument;
import org.alliancehub.contracts.feed.ProgramReference;

/**
 * A published material as the public sees it ({@code GET /content/api/materials/{id}} without an
 * account): the feed's document of it, without the extracted text. Its language versions carry
 * their file (name, type, size) and page count; the file itself is downloaded at
 * {@code /content/api/materials/{id}/versions/{language}/file}.
 */
public record PublicMaterial(String contract, String id, String allianceId, String allianceName, String agency,
                             List<String> participants, String type, String publicationNumber, LocalDate publicationDate,
                             List<String> topics, List<String> industries, List<String> audiences,
                             List<ProgramReference> emphasisPrograms, OffsetDateTime publishedAt, OffsetDateTime updatedAt,
                             List<MaterialDocument.Version> versions) {

    /** The content contract's (kept here for the readers that name it). */
    public static final int MAJOR = ContentContract.MAJOR;
    public static final String VERSION = ContentContract.VERSION;

    public boolean isUnderstood() {
        return ContentContract.understands(contract);
    }
}
