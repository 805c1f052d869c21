package org.alliancehub.content.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.OutreachService;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.alliance.AllianceRepository;
import org.alliancehub.domain.model.outreach.OutreachActivity;
import org.alliancehub.domain.model.outreach.OutreachActivityRepository;
import org.alliancehub.domain.model.outreach.OutreachKind;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees and changes which outreach reports, and the summary's figures, without a database. */
class DefaultOutreachServiceTest {

    private final Organization unionA = new Organization("Union A", OrganizationType.UNION, null);
    private final Organization unionB = new Organization("Union B", OrganizationType.UNION, null);
    private final Alliance allianceA = new Alliance("Alliance A", Agency.OSHA, AllianceLevel.NATIONAL, null, null, List.of(unionA), null);
    private final Alliance allianceB = new Alliance("Alliance B", Agency.OSHA, AllianceLevel.NATIONAL, null, null, List.of(unionB), null);
    private final Caller partnerA = new Caller("acc-a", "partner-a", Role.PARTNER, Set.of(unionA.id()));
    private final Caller partnerB = new Caller("acc-b", "partner-b", Role.PARTNER, Set.of(unionB.id()));
    private final Caller curator = new Caller("acc-c", "curator", Role.CURATOR, Set.of());
    private final InMemoryActivities stored = new InMemoryActivities();
    private final DefaultOutreachService service = new DefaultOutreachService();

    @BeforeEach
    void wire() {
        service.activities = stored;
        service.alliances = new KnownAlliances(List.of(allianceA, allianceB));
        service.clock = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    }

    private static OutreachActivity.Report report(OutreachKind kind, String date, int people) {
        return new OutreachActivity.Report(kind, LocalDate.parse(date), "es", "workers", people, "Heat safety talks");
    }

    @Test
    void aPartnerReportsForItsAllianceAndNoOtherPartnerFindsTheReport() {
        OutreachActivity mine = service.report(partnerA, allianceA.id(), report(OutreachKind.DISSEMINATION, "2026-11-20", 120));
        assertThat(mine.reportedBy().name()).isEqualTo("partner-a");
        assertThat(service.get(partnerA, mine.id())).isSameAs(mine);
        assertThat(service.get(curator, mine.id())).as("staff see all").isSameAs(mine);

        String missing = "no-such-id";
        NotFound notMine = catchNotFound(() -> service.get(partnerB, mine.id()));
        NotFound absent = catchNotFound(() -> service.get(partnerB, missing));
        assertThat(notMine.getMessage()).isEqualTo(absent.getMessage().replace(missing, mine.id()));
        assertThatThrownBy(() -> service.revise(partnerB, mine.id(), allianceB.id(), report(OutreachKind.DISSEMINATION, "2026-11-20", 1), null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.delete(partnerB, mine.id(), null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.report(partnerB, allianceA.id(), report(OutreachKind.DISSEMINATION, "2026-11-20", 1)))
                .as("reporting for another alliance").isInstanceOf(NotFound.class).hasMessageContaining("No alliance");
        assertThat(service.list(partnerB, new OutreachService.Criteria(null, null, null, null), new PageRequest(1, 20)).total()).isZero();
        assertThat(service.list(curator, new OutreachService.Criteria(null, null, null, null), new PageRequest(1, 20)).total()).isEqualTo(1);
        assertThat(stored.all).containsExactly(mine);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertThatThrownBy(() -> service.list(Caller.ANONYMOUS, new OutreachService.Criteria(null, null, null, null), new PageRequest(1, 20)))
                .isInstanceOf(Caller.NotAuthenticated.class);
        assertThatThrownBy(() -> service.summarize(Caller.ANONYMOUS, new OutreachService.Criteria(null, null, null, null)))
                .isInstanceOf(Caller.NotAuthenticated.class);
        assertThatThrownBy(() -> service.report(Caller.ANONYMOUS, allianceA.id(), report(OutreachKind.DISSEMINATION, "2026-11-20", 1)))
                .isInstanceOf(Caller.NotAuthenticated.class);
        assertThat(stored.all).isEmpty();
    }

    @Test
    void aStaleVersionOrAMoveToAnotherPartnersAllianceChangesNothing() {
        OutreachActivity activity = service.report(partnerA, allianceA.id(), report(OutreachKind.DISSEMINATION, "2026-10-01", 10));
        assertThatThrownBy(() -> service.revise(partnerA, activity.id(), allianceA.id(), report(OutreachKind.SPEECH_OR_EXHIBIT, "2026-10-01", 11), 7L))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> service.delete(partnerA, activity.id(), 7L)).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> service.revise(partnerA, activity.id(), allianceB.id(), report(OutreachKind.SPEECH_OR_EXHIBIT, "2026-10-01", 11), 0L))
                .isInstanceOf(NotFound.class);
        assertThat(activity.kind()).isEqualTo(OutreachKind.DISSEMINATION);
        assertThat(activity.peopleReached()).isEqualTo(10);

        service.revise(curator, activity.id(), allianceB.id(), report(OutreachKind.SPEECH_OR_EXHIBIT, "2026-10-01", 11), 0L);
        assertThat(activity.alliance()).as("staff may put it under the right alliance").isSameAs(allianceB);
        service.delete(curator, activity.id(), 0L);
        assertThat(stored.all).isEmpty();
    }

    @Test
    void theSummaryNamesEveryKindAndAddsUpTheCallersActivities() {
        service.report(partnerA, allianceA.id(), report(OutreachKind.DISSEMINATION, "2025-10-01", 1_000));
        service.report(partnerA, allianceA.id(), report(OutreachKind.DISSEMINATION, "2026-09-30", 250));
        service.report(partnerA, allianceA.id(), report(OutreachKind.TRAINING_DELIVERED, "2026-03-15", 30));
        service.report(partnerA, allianceA.id(), report(OutreachKind.TRAINING_DELIVERED, "2026-10-01", 99));
        service.report(partnerB, allianceB.id(), report(OutreachKind.DISSEMINATION, "2026-01-01", 5_000));

        OutreachService.Summary fiscalYear = service.summarize(partnerA,
                new OutreachService.Criteria(null, null, LocalDate.parse("2025-10-01"), LocalDate.parse("2026-09-30")));
        assertThat(fiscalYear.from()).isEqualTo(LocalDate.parse("2025-10-01"));
        assertThat(fiscalYear.byKind()).containsExactly(
                new OutreachService.KindFigures("DISSEMINATION", 2, 1_250),
                new OutreachService.KindFigures("SPEECH_OR_EXHIBIT", 0, 0),
                new OutreachService.KindFigures("TRAINING_DELIVERED", 1, 30),
                new OutreachService.KindFigures("AGENCY_MATERIAL_REVIEW", 0, 0));
        assertThat(fiscalYear.activities()).isEqualTo(3);
        assertThat(fiscalYear.peopleReached()).isEqualTo(1_280);

        OutreachService.Summary everything = service.summarize(curator, new OutreachService.Criteria(null, null, null, null));
        assertThat(everything.activities()).isEqualTo(5);
        assertThat(everything.peopleReached()).isEqualTo(6_379);
    }

    private static NotFound catchNotFound(Runnable call) {
        try {
            call.run();
        } catch (NotFound e) {
            return e;
        }
        throw new AssertionError("expected NotFound");
    }

    /** Filters as the JPA repository's query does. */
    private static final class InMemoryActivities implements OutreachActivityRepository {
        final List<OutreachActivity> all = new ArrayList<>();

        @Override
        public Optional<OutreachActivity> find(String id) {
            return all.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public void store(OutreachActivity activity) {
            if (!all.contains(activity)) {
                all.add(activity);
            }
        }

        @Override
        public void remove(OutreachActivity activity) {
            all.remove(activity);
        }

        private static Predicate<OutreachActivity> matching(Filter f) {
            return a -> (f.allianceId() == null || a.alliance().id().equals(f.allianceId()))
                    && (f.kind() == null || a.kind() == f.kind())
                    && (f.from() == null || !a.date().isBefore(f.from()))
                    && (f.to() == null || !a.date().isAfter(f.to()))
                    && (f.participantIds() == null || a.alliance().includesAnyOf(f.participantIds()));
        }

        @Override
        public List<OutreachActivity> list(Filter filter, int offset, int limit) {
            return all.stream().filter(matching(filter)).sorted(Comparator.comparing(OutreachActivity::date).reversed())
                    .skip(offset).limit(limit).toList();
        }

        @Override
        public long count(Filter filter) {
            return all.stream().filter(matching(filter)).count();
        }

        @Override
        public List<KindTotal> totalsByKind(Filter filter) {
            Map<OutreachKind, KindTotal> totals = new EnumMap<>(OutreachKind.class);
            all.stream().filter(matching(filter)).forEach(a -> totals.merge(a.kind(), new KindTotal(a.kind(), 1, a.peopleReached()),
                    (x, y) -> new KindTotal(x.kind(), x.activities() + y.activities(), x.peopleReached() + y.peopleReached())));
            return List.copyOf(totals.values());
        }
    }

    private record KnownAlliances(List<Alliance> known) implements AllianceRepository {
        @Override
        public Optional<Alliance> find(String id) {
            return known.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public List<Alliance> list(Filter filter, int offset, int limit) {
            return known;
        }

        @Override
        public long count(Filter filter) {
            return known.size();
        }

        @Override
        public void store(Alliance alliance) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> referencedBy(String id) {
            return Optional.empty();
        }

        @Override
        public void remove(Alliance alliance) {
            throw new UnsupportedOperationException();
        }
    }
}
