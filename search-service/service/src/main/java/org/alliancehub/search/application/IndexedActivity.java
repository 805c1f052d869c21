package org.alliancehub.search.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published training program or event, as the index holds it: one document in all its
 * languages. Events have a start and an end; trainings have a format and a duration.
 */
public record IndexedActivity(String id, Kind kind, String title, String description, List<String> topics,
                              List<String> audiences, List<String> languages, List<String> programCodes,
                              String allianceId, String allianceName,
                              String agency, String format, Integer durationMinutes, String provider, String link,
                              String eventKind, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone,
                              String place, String onlineLink, String registrationLink, List<CuratedRank> curatedRanks) {

    public IndexedActivity {
        curatedRanks = curatedRanks == null ? List.of() : List.copyOf(curatedRanks);
    }

    public enum Kind {
        TRAINING, EVENT;

        /** The change feed's name for this kind. */
        public String feedKind() {
            return this == TRAINING ? "training" : "event";
        }
    }

    /** The document id: kinds have separate id spaces. */
    public String documentId() {
        return kind.feedKind() + ":" + id;
    }
}
