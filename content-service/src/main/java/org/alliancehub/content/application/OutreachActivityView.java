package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.alliancehub.domain.model.outreach.OutreachActivity;

/** An outreach activity as its alliance's partners and staff read it; no public contract (it is never public). */
public record OutreachActivityView(String id, String allianceId, String allianceName, String kind, LocalDate date, String language,
                                   String audience, int peopleReached, String description, String reportedBy,
                                   OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public static OutreachActivityView of(OutreachActivity activity) {
        return new OutreachActivityView(activity.id(), activity.alliance().id(), activity.alliance().name(), activity.kind().name(),
                activity.date(), activity.language().tag(), activity.audience(), activity.peopleReached(), activity.description(),
                activity.reportedBy().name(), activity.createdAt(), activity.updatedAt(), activity.version());
    }
}
