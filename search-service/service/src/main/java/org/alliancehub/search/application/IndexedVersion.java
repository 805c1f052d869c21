package org.alliancehub.search.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One language version of a published material, as the index holds it: the unit of search, so a
 * hit is always in one language.
 */
public record IndexedVersion(String materialId, String language, String title, String summary, String text, String type,
                             List<String> topics, List<String> industries, List<String> audiences,
                             List<String> programCodes, List<String> programNames,
                             String allianceId, String allianceName, String agency,
                             List<String> participants, String publicationNumber, LocalDate publicationDate,
                             OffsetDateTime publishedAt, List<String> availableLanguages,
                             org.alliancehub.contracts.search.SearchResults.Download download, List<CuratedRank> curatedRanks) {

    public IndexedVersion {
        curatedRanks = curatedRanks == null ? List.of() : List.copyOf(curatedRanks);
    }

    /** The document id: one per material and language. */
    public String documentId() {
        return materialId + ":" + language;
    }
}
