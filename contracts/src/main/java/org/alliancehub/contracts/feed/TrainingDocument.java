package org.alliancehub.contracts.feed;

import java.time.OffsetDateTime;
import java.util.List;

/** A published training program. */
public record TrainingDocument(String id, String allianceId, String allianceName, String agency, String title, String description,
                               List<String> topics, List<String> audiences, List<String> languages, String format,
                               Integer durationMinutes, String provider, String contactName, String contactEmail, String link,
                               List<ProgramReference> emphasisPrograms, OffsetDateTime updatedAt) {
}
