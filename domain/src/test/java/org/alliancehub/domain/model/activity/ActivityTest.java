package org.alliancehub.domain.model.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private final Alliance alliance = new Alliance("A", Agency.OSHA, AllianceLevel.NATIONAL, null, null,
            List.of(new Organization("U", OrganizationType.UNION, null)), null);

    private Event.Details event(Event.Kind kind, String zone, String place, String link) {
        return new Event.Details(kind, "Fall stand-down", null, LocalDateTime.of(2027, 5, 3, 9, 0),
                LocalDateTime.of(2027, 5, 3, 11, 0), zone, place, link, null, Set.of("es", "EN"));
    }

    @Test
    void eventsKeepTheirLocalTimesAndZone() {
        Event event = new Event(alliance, event(Event.Kind.STAND_DOWN, "America/Chicago", "Houston, TX", null));
        assertThat(event.startsAt()).isEqualTo(OffsetDateTime.parse("2027-05-03T09:00-05:00"));
        assertThat(event.localStart().getHour()).isEqualTo(9);
        assertThat(event.languages()).containsExactlyInAnyOrder("es", "en");
    }

    @Test
    void eventRulesSayWhatIsWrong() {
        assertThatThrownBy(() -> new Event(alliance, event(Event.Kind.WEBINAR, "America/Chicago", "Room 4", null)))
                .hasMessage("A webinar has an online link.");
        assertThatThrownBy(() -> new Event(alliance, event(Event.Kind.SEMINAR, "Mars/Olympus", "Room 4", null)))
                .hasMessageContaining("not a time zone");
        assertThatThrownBy(() -> new Event(alliance, new Event.Details(Event.Kind.SEMINAR, "x", null,
                LocalDateTime.of(2027, 5, 3, 9, 0), LocalDateTime.of(2027, 5, 3, 8, 0), "UTC", "Room", null, null, Set.of("en"))))
                .hasMessage("An event ends after it starts.");
        assertThatThrownBy(() -> new Event(alliance, event(Event.Kind.SEMINAR, "UTC", null, null)))
                .hasMessageContaining("where the event takes place");
    }

    @Test
    void trainingsArePublishedFromDraftsAndThenFrozen() {
        TrainingProgram training = new TrainingProgram(alliance, new TrainingProgram.Details("Trenching competent person",
                null, Set.of("trenching"), Set.of("supervisors"), Set.of("en", "es"), TrainingProgram.Format.TRAIN_THE_TRAINER,
                480, "NUCA", null, null, "https://example.org/course"));
        var curator = new org.alliancehub.domain.model.material.Actor("acc-7", "maria.curator");
        training.requireDeletable();
        training.publish(curator, "  Reviewed with the Region 6 coordinator ");
        assertThat(training.state().isPublic()).isTrue();
        assertThatThrownBy(() -> training.describe(new TrainingProgram.Details("x", null, null, null, Set.of("en"),
                TrainingProgram.Format.ONLINE, null, null, null, null, null))).hasMessageContaining("only as a draft");
        assertThatThrownBy(() -> new TrainingProgram(alliance, new TrainingProgram.Details("x", null, null, null, Set.of(),
                TrainingProgram.Format.ONLINE, null, null, null, null, null))).hasMessageContaining("languages");
        assertThatThrownBy(() -> training.publish(curator, null)).hasMessageContaining("Only a draft");
        assertThatThrownBy(training::requireDeletable).hasMessageContaining("withdrawn instead");
        training.withdraw(curator, "");
        assertThat(training.state()).isEqualTo(PublicationState.WITHDRAWN);
        // every step kept, oldest first, with who, when and the comment as given (blank is none)
        assertThat(training.history()).extracting(ActivityTransition::from, ActivityTransition::to, ActivityTransition::actorName,
                        ActivityTransition::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PublicationState.DRAFT, PublicationState.PUBLISHED, "maria.curator",
                                "Reviewed with the Region 6 coordinator"),
                        org.assertj.core.groups.Tuple.tuple(PublicationState.PUBLISHED, PublicationState.WITHDRAWN, "maria.curator", null));
        assertThat(training.history().get(1).at()).isAfterOrEqualTo(training.history().get(0).at());
        assertThatThrownBy(() -> training.withdraw(curator, null)).hasMessageContaining("Only a published");
        assertThat(training.history()).hasSize(2);
    }

    @Test
    void trainingsAndEventsSupportTheirAgencysEmphasisProgramsWhileDrafts() {
        var heat = new org.alliancehub.domain.model.program.EmphasisProgram("NEP-HEAT", Agency.OSHA,
                org.alliancehub.domain.model.program.EmphasisProgram.Scope.NATIONAL, "Heat", "Calor", null, null);
        var haulage = new org.alliancehub.domain.model.program.EmphasisProgram("MSHA-HAULAGE", Agency.MSHA,
                org.alliancehub.domain.model.program.EmphasisProgram.Scope.NATIONAL, "Haulage", "Acarreo", null, null);
        Event event = new Event(alliance, event(Event.Kind.STAND_DOWN, "America/Chicago", "Houston, TX", null));
        event.supportPrograms(Set.of(heat));
        assertThat(event.emphasisPrograms()).containsExactly(heat);
        assertThatThrownBy(() -> event.supportPrograms(Set.of(haulage)))
                .isInstanceOf(org.alliancehub.domain.model.DomainRuleViolation.class).hasMessageContaining("MSHA's");

        event.publish(new org.alliancehub.domain.model.material.Actor("acc-1", "admin"), null);
        assertThat(event.history()).singleElement().extracting(ActivityTransition::to).isEqualTo(PublicationState.PUBLISHED);
        assertThatThrownBy(() -> event.supportPrograms(Set.of()))
                .isInstanceOf(org.alliancehub.domain.model.DomainRuleViolation.class);
        assertThat(event.emphasisPrograms()).containsExactly(heat);
    }
}
