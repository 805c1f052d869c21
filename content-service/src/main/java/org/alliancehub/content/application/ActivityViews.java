package org.alliancehub.content.application;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.activity.TrainingProgram;

/** Representations of trainings and events, for the API and the change feed alike. */
public final class ActivityViews {

    private ActivityViews() {
    }

    public record TrainingView(String id, String allianceId, String allianceName, String agency, String title,
                               String description, List<String> topics, List<String> audiences, List<String> languages,
                               String format, Integer durationMinutes, String provider, String contactName,
                               String contactEmail, String link, List<EmphasisProgramView> emphasisPrograms, String state,
                               OffsetDateTime updatedAt, long version) {
        public static TrainingView of(TrainingProgram t) {
            return new TrainingView(t.id(), t.alliance().id(), t.alliance().name(), t.alliance().agency().name(), t.title(),
                    t.description(), List.copyOf(t.topics()), List.copyOf(t.audiences()), t.languages().stream().sorted().toList(),
                    t.format().name(), t.durationMinutes(), t.provider(), t.contactName(), t.contactEmail(), t.link(),
                    t.emphasisPrograms().stream().map(EmphasisProgramView::of).toList(), t.state().name(), t.updatedAt(), t.version());
        }
    }

    public record EventView(String id, String allianceId, String allianceName, String agency, String kind, String title,
                            String description, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone,
                            LocalDateTime localStart, String place, String onlineLink, String registrationLink,
                            List<String> languages, List<EmphasisProgramView> emphasisPrograms, String state,
                            OffsetDateTime updatedAt, long version) {
        public static EventView of(Event s) {
            return new EventView(s.id(), s.alliance().id(), s.alliance().name(), s.alliance().agency().name(), s.kind().name(),
                    s.title(), s.description(), s.startsAt(), s.endsAt(), s.timeZone(), s.localStart().toLocalDateTime(),
                    s.place(), s.onlineLink(), s.registrationLink(), s.languages().stream().sorted().toList(),
                    s.emphasisPrograms().stream().map(EmphasisProgramView::of).toList(), s.state().name(), s.updatedAt(), s.version());
        }
    }
}
