package org.alliancehub.contracts.content;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A seminar or event ({@code GET /content/api/events/{id}}): anyone sees a PUBLISHED one; drafts and
 * withdrawn ones only the alliance's partners and staff (anyone else gets 404). {@code kind} is SEMINAR,
 * CONFERENCE, EXHIBIT, STAND_DOWN or WEBINAR. {@code startsAt} and
 * {@code endsAt} are instants; {@code localStart} is the start on the clocks of {@code timeZone}
 * (an IANA zone such as America/Chicago), where the event happens.
 */
public record EventView(String contract, String id, String allianceId, String allianceName, String agency, String kind,
                        String title, String description, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone,
                        LocalDateTime localStart, String place, String onlineLink, String registrationLink,
                        List<String> languages, List<EmphasisProgramView> emphasisPrograms, String state,
                        OffsetDateTime updatedAt, long version) {
}
