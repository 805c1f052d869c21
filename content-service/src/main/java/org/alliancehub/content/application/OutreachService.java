package org.alliancehub.content.application;

import java.time.LocalDate;
import java.util.List;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.outreach.OutreachActivity;
import org.alliancehub.domain.model.outreach.OutreachKind;

/**
 * The outreach activities partners report for their alliances' annual evaluation. Never public: a
 * partner reports, reads and changes those of the alliances its organizations take part in, staff
 * read and change all; anybody else's activity is not found, exactly like one that does not exist.
 */
public interface OutreachService {

    /** Which activities: each criterion null for any; {@code from} and {@code to} inclusive days of the activity. */
    record Criteria(String allianceId, OutreachKind kind, LocalDate from, LocalDate to) {
    }

    /** The figures of a period for the annual report: per kind (every kind, zero when none) and in all. */
    record Summary(LocalDate from, LocalDate to, List<KindFigures> byKind, long activities, long peopleReached) {
    }

    record KindFigures(String kind, long activities, long peopleReached) {
    }

    OutreachActivity report(Caller caller, String allianceId, OutreachActivity.Report report);

    /** Replaces the report (and its alliance, to one the caller acts for), from the version the caller read. */
    OutreachActivity revise(Caller caller, String id, String allianceId, OutreachActivity.Report report, Long expectedVersion);

    OutreachActivity get(Caller caller, String id);

    void delete(Caller caller, String id, Long expectedVersion);

    /** The caller's activities matching the criteria, newest date first. */
    Page<OutreachActivity> list(Caller caller, Criteria criteria, PageRequest page);

    /** The totals of the caller's activities matching the criteria. */
    Summary summarize(Caller caller, Criteria criteria);
}
