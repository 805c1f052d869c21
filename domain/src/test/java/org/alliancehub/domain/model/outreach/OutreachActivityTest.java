package org.alliancehub.domain.model.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.material.Actor;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.junit.jupiter.api.Test;

class OutreachActivityTest {

    /** 2026-11-20 at 10:30 UTC: already the 21st from UTC+13:30 on, still the 20th in Honolulu. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:30:00Z"), ZoneOffset.UTC);
    private final Alliance alliance = new Alliance("Hispanic workers alliance", Agency.OSHA, AllianceLevel.NATIONAL, null, null,
            List.of(new Organization("Consulate of Mexico", OrganizationType.CONSULATE, null)), null);
    private final Actor partner = new Actor("acc-1", "ana.partner");

    private static OutreachActivity.Report report(LocalDate date, Integer people, String description) {
        return new OutreachActivity.Report(OutreachKind.DISSEMINATION, date, "ES", " workers ", people, description);
    }

    @Test
    void aReportKeepsWhatWasDoneForWhomAndHowManyWereReached() {
        OutreachActivity activity = new OutreachActivity(alliance, report(LocalDate.of(2026, 11, 20), 120,
                "  Heat safety fact sheets handed out at the consulate's Semana de Salud  "), partner, clock);

        assertThat(activity.id()).hasSize(36);
        assertThat(activity.alliance()).isSameAs(alliance);
        assertThat(activity.kind()).isEqualTo(OutreachKind.DISSEMINATION);
        assertThat(activity.language().tag()).isEqualTo("es");
        assertThat(activity.audience()).isEqualTo("workers");
        assertThat(activity.peopleReached()).isEqualTo(120);
        assertThat(activity.description()).isEqualTo("Heat safety fact sheets handed out at the consulate's Semana de Salud");
        assertThat(activity.reportedBy()).isEqualTo(partner);
        assertThat(activity.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:30:00Z").atOffset(ZoneOffset.UTC));
        assertThat(activity.updatedAt()).isEqualTo(activity.createdAt());
    }

    @Test
    void aNegativeOrAbsurdCountIsRefused() {
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), -1, "Toolbox talk"), partner, clock))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("The people reached are between 0 and 10,000,000; not -1.");
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), 10_000_001, "Toolbox talk"), partner, clock))
                .hasMessageContaining("between 0 and 10,000,000");
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), null, "Toolbox talk"), partner, clock))
                .hasMessageContaining("how many people");
        assertThat(new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), 0, "Review"), partner, clock).peopleReached()).isZero();
        assertThat(new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), 10_000_000, "Campaign"), partner, clock)
                .peopleReached()).isEqualTo(10_000_000);
    }

    @Test
    void theFutureIsJudgedWhereTheDayStartsFirst() {
        // the 21st has begun at UTC+14, so a reporter in Kiribati may report it; the 22nd has begun nowhere
        assertThat(OutreachActivity.latestReportableDate(clock)).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(new OutreachActivity(alliance, report(LocalDate.of(2026, 11, 21), 5, "Exhibit"), partner, clock).date())
                .isEqualTo(LocalDate.of(2026, 11, 21));
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(LocalDate.of(2026, 11, 22), 5, "Exhibit"), partner, clock))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("An outreach activity is reported once it has taken place; 2026-11-22 is in the future.");
    }

    @Test
    void datesBefore1990OrMissingAreRefused() {
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(LocalDate.of(1989, 12, 31), 5, "Old"), partner, clock))
                .hasMessageContaining("on or after 1990-01-01");
        assertThat(new OutreachActivity(alliance, report(LocalDate.of(1990, 1, 1), 5, "Old"), partner, clock).date())
                .isEqualTo(LocalDate.of(1990, 1, 1));
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(null, 5, "Undated"), partner, clock))
                .hasMessageContaining("on which day");
    }

    @Test
    void theDescriptionIsRequiredAndAtMost2000Characters() {
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), 5, "   "), partner, clock))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("A description of the activity is required.");
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), 5, null), partner, clock))
                .hasMessage("A description of the activity is required.");
        assertThatThrownBy(() -> new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), 5, "x".repeat(2001)), partner, clock))
                .hasMessage("The description has at most 2000 characters; this one has 2001.");
        assertThat(new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), 5, "x".repeat(2000)), partner, clock)
                .description()).hasSize(2000);
        assertThat(new OutreachActivity(alliance, report(LocalDate.of(2026, 1, 5), 5, "x"), partner, clock).description()).isEqualTo("x");
    }

    @Test
    void kindLanguageAndAudienceAreChecked() {
        assertThatThrownBy(() -> new OutreachActivity(alliance, new OutreachActivity.Report(null, LocalDate.of(2026, 1, 5), "en",
                null, 5, "Talk"), partner, clock)).hasMessageContaining("what kind of activity");
        assertThatThrownBy(() -> new OutreachActivity(alliance, new OutreachActivity.Report(OutreachKind.SPEECH_OR_EXHIBIT,
                LocalDate.of(2026, 1, 5), "not a language", null, 5, "Talk"), partner, clock)).hasMessageContaining("BCP 47");
        assertThatThrownBy(() -> new OutreachActivity(alliance, new OutreachActivity.Report(OutreachKind.SPEECH_OR_EXHIBIT,
                LocalDate.of(2026, 1, 5), "en", "a".repeat(101), 5, "Talk"), partner, clock))
                .hasMessageContaining("audience has at most 100 characters");
        OutreachActivity noAudience = new OutreachActivity(alliance, new OutreachActivity.Report(OutreachKind.SPEECH_OR_EXHIBIT,
                LocalDate.of(2026, 1, 5), "pt_br", " ", 5, "Talk"), partner, clock);
        assertThat(noAudience.audience()).isNull();
        assertThat(noAudience.language().tag()).isEqualTo("pt-BR");
    }

    @Test
    void aRefusedRevisionChangesNothing() {
        OutreachActivity activity = new OutreachActivity(alliance, report(LocalDate.of(2026, 3, 1), 40, "Stand-down"), partner, clock);
        Clock later = Clock.offset(clock, java.time.Duration.ofHours(2));

        assertThatThrownBy(() -> activity.revise(alliance, new OutreachActivity.Report(OutreachKind.TRAINING_DELIVERED,
                LocalDate.of(2026, 3, 2), "en", "employers", -3, "Changed"), later)).isInstanceOf(DomainRuleViolation.class);
        assertThat(activity.kind()).isEqualTo(OutreachKind.DISSEMINATION);
        assertThat(activity.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(activity.description()).isEqualTo("Stand-down");
        assertThat(activity.updatedAt()).isEqualTo(activity.createdAt());

        activity.revise(alliance, new OutreachActivity.Report(OutreachKind.TRAINING_DELIVERED, LocalDate.of(2026, 3, 2), "en",
                "employers", 45, "Stand-down and a toolbox talk"), later);
        assertThat(activity.kind()).isEqualTo(OutreachKind.TRAINING_DELIVERED);
        assertThat(activity.peopleReached()).isEqualTo(45);
        assertThat(activity.updatedAt()).isAfter(activity.createdAt());
        assertThat(activity.reportedBy()).as("who reported it stays").isEqualTo(partner);
        assertThatThrownBy(() -> activity.revise(null, report(LocalDate.of(2026, 3, 1), 1, "x"), later)).hasMessageContaining("alliance");
    }
}
