package org.alliancehub.web.infrastructure.client.workspace;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An outreach activity a partner reported for its alliance's annual evaluation
 * ({@code /content/api/outreach-activities}); kind DISSEMINATION, SPEECH_OR_EXHIBIT,
 * TRAINING_DELIVERED or AGENCY_MATERIAL_REVIEW.
 */
public record OutreachActivity(String id, String allianceId, String allianceName, String kind, LocalDate date,
                               String language, String audience, int peopleReached, String description,
                               String reportedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
