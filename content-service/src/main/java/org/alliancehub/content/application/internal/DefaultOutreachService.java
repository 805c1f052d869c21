package org.alliancehub.content.application.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.OutreachService;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;
import org.alliancehub.domain.model.material.Actor;
import org.alliancehub.domain.model.outreach.OutreachActivity;
import org.alliancehub.domain.model.outreach.OutreachActivityRepository;
import org.alliancehub.domain.model.outreach.OutreachKind;

/** Outreach reports, scoped like drafts; nothing here reaches the change feed. */
@ApplicationScoped
@Transactional
public class DefaultOutreachService implements OutreachService {

    private static final String KIND = "outreach activity";

    @Inject
    OutreachActivityRepository activities;

    @Inject
    AllianceRepository alliances;

    /** What today is; the tests set their own. */
    Clock clock = Clock.systemUTC();

    @Override
    public OutreachActivity report(Caller caller, String allianceId, OutreachActivity.Report report) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        OutreachActivity activity = new OutreachActivity(allianceFor(caller, allianceId), report,
                new Actor(caller.accountId(), caller.username()), clock);
        activities.store(activity);
        return activity;
    }

    @Override
    public OutreachActivity revise(Caller caller, String id, String allianceId, OutreachActivity.Report report, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        OutreachActivity activity = visible(caller, id);
        StaleVersion.requireMatch(KIND, expectedVersion, activity.version());
        Alliance alliance = allianceId == null || allianceId.equals(activity.alliance().id())
                ? activity.alliance() : allianceFor(caller, allianceId);
        activity.revise(alliance, report, clock);
        activities.store(activity);
        return activity;
    }

    @Override
    public OutreachActivity get(Caller caller, String id) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        return visible(caller, id);
    }

    @Override
    public void delete(Caller caller, String id, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        OutreachActivity activity = visible(caller, id);
        StaleVersion.requireMatch(KIND, expectedVersion, activity.version());
        activities.remove(activity);
    }

    @Override
    public Page<OutreachActivity> list(Caller caller, Criteria criteria, PageRequest page) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        OutreachActivityRepository.Filter filter = filter(caller, criteria);
        return new Page<>(activities.list(filter, page.offset(), page.size()), page.page(), page.size(), activities.count(filter));
    }

    @Override
    public Summary summarize(Caller caller, Criteria criteria) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        Map<OutreachKind, OutreachActivityRepository.KindTotal> totals = new EnumMap<>(OutreachKind.class);
        activities.totalsByKind(filter(caller, criteria)).forEach(total -> totals.put(total.kind(), total));
        // every kind, in the order the evaluation lists them, so that a report's rows do not come and go
        List<KindFigures> byKind = Arrays.stream(OutreachKind.values())
                .map(kind -> totals.getOrDefault(kind, new OutreachActivityRepository.KindTotal(kind, 0, 0)))
                .map(total -> new KindFigures(total.kind().name(), total.activities(), total.peopleReached()))
                .toList();
        return new Summary(criteria.from(), criteria.to(), byKind, byKind.stream().mapToLong(KindFigures::activities).sum(),
                byKind.stream().mapToLong(KindFigures::peopleReached).sum());
    }

    /** Staff see every alliance's; a partner those of the alliances its organizations take part in. */
    private static OutreachActivityRepository.Filter filter(Caller caller, Criteria criteria) {
        Set<String> participants = caller.isStaff() ? null : caller.organizationIds();
        return new OutreachActivityRepository.Filter(criteria.allianceId(), criteria.kind(), criteria.from(), criteria.to(), participants);
    }

    private Alliance allianceFor(Caller caller, String allianceId) {
        return alliances.find(allianceId).filter(caller::mayEditFor).orElseThrow(() -> new NotFound("alliance", allianceId));
    }

    /** Another alliance's activity is not found, exactly like a missing one. */
    private OutreachActivity visible(Caller caller, String id) {
        return activities.find(id).filter(a -> caller.mayEditFor(a.alliance())).orElseThrow(() -> new NotFound(KIND, id));
    }
}
