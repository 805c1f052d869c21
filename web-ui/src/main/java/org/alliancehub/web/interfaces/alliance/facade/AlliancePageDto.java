package org.alliancehub.web.interfaces.alliance.facade;

import java.util.List;

import org.alliancehub.web.interfaces.activity.facade.ActivityDigest;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;

/**
 * An alliance as its public page shows it. Contacts show names and titles, never e-mail addresses:
 * the page is public and crawled. Records, read with method calls in the page.
 *
 * @param participantGroups the participants by organization type, each with its exit link
 * @param materialsQuery    the query string of the results page listing all of its materials
 * @param activities        its trainings and upcoming events, soonest first
 */
public record AlliancePageDto(String id, String name, String agency, String levelLabel, String regionOrOffice,
                              String statusLabel, boolean active, boolean ambassador, String signedOn, String signedOnIso,
                              String concludedOn, List<ParticipantGroupDto> participantGroups, String workerInvolvement,
                              List<ContactDto> signatories, ContactDto coordinator, List<TermDto> terms,
                              List<GoalGroupDto> goalGroups, List<SearchPageDto.HitDto> materials, long materialCount,
                              String materialsQuery, List<ActivityDigest> activities) {

    public record ParticipantGroupDto(String typeLabel, List<ParticipantDto> participants) {
    }

    /** @param website whether the participant has a website (offered through the exit notice) */
    public record ParticipantDto(String id, String name, boolean website) {
    }

    public record ContactDto(String name, String title, String affiliation) {
    }

    /** A term of the agreement: the initial one or a renewal, from and to (formatted). */
    public record TermDto(String kindLabel, String startsOn, String endsOn) {
    }

    public record GoalGroupDto(String categoryLabel, List<GoalDto> goals) {
    }

    public record GoalDto(String description, String horizonLabel, String statusLabel) {
    }
}
