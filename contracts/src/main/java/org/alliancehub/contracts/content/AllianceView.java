package org.alliancehub.contracts.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An alliance as anyone may see it ({@code GET /content/api/alliances/{id}}): the agency (OSHA or
 * MSHA), level, status, its terms (the first and each renewal), its participants, how workers take
 * part, its coordinator, signatories and implementation team, and its goals. The agencies endorse
 * no participant: the portal says so wherever it names them.
 */
public record AllianceView(String contract, String id, String name, String agency, String level, String regionOrOffice,
                           String status, LocalDate signedOn, LocalDate concludedOn, boolean ambassador,
                           boolean ambassadorEligible, List<OrganizationView> participants, String workerInvolvement,
                           ContactView coordinator, List<ContactView> signatories, List<ContactView> implementationTeam,
                           List<GoalView> goals, List<TermView> terms, OffsetDateTime createdAt, long version) {

    /** A person named by the alliance; {@code agencyRepresentative} when they speak for OSHA or MSHA. */
    public record ContactView(String name, String title, String affiliation, String email, boolean agencyRepresentative) {
    }

    /** A goal: its category, horizon (SHORT_TERM or LONG_TERM), what it is, and its status (PLANNED, IN_PROGRESS, ACHIEVED, DROPPED). */
    public record GoalView(String category, String horizon, String description, String status) {
    }

    /** A term of the agreement ({@code kind} INITIAL or RENEWAL) and the days it covers. */
    public record TermView(String kind, LocalDate startsOn, LocalDate endsOn) {
    }
}
