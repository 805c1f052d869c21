package org.alliancehub.contracts.feed;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** A published seminar or event: when (an instant, and the local time in its time zone) and where. */
public record EventDocument(String id, String allianceId, String allianceName, String agency, String kind, String title,
                            String description, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone,
                            LocalDateTime localStart, String place, String onlineLink, String registrationLink,
                            List<String> languages, List<ProgramReference> emphasisPrograms, OffsetDateTime updatedAt) {
}
