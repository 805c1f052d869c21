package org.alliancehub.contracts.content;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A training program ({@code GET /content/api/trainings/{id}}): anyone sees a PUBLISHED one; drafts
 * and withdrawn ones only the alliance's partners and staff (anyone else gets 404). Trainings have
 * no dates; {@code format} is IN_PERSON, ONLINE, TRAIN_THE_TRAINER or BLENDED.
 */
public record TrainingView(String contract, String id, String allianceId, String allianceName, String agency, String title,
                           String description, List<String> topics, List<String> audiences, List<String> languages,
                           String format, Integer durationMinutes, String provider, String contactName,
                           String contactEmail, String link, List<EmphasisProgramView> emphasisPrograms, String state,
                           OffsetDateTime updatedAt, long version) {
}
