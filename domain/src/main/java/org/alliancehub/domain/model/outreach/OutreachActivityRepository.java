package org.alliancehub.domain.model.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The outreach activities alliances reported. */
public interface OutreachActivityRepository {

    /**
     * Which activities: each criterion null for any. {@code from} and {@code to} are inclusive days;
     * {@code participantIds}, when given, keeps the alliances in which one of those organizations takes part.
     */
    record Filter(String allianceId, OutreachKind kind, LocalDate from, LocalDate to, Set<String> participantIds) {
    }

    /** How many activities of a kind, and the people they reached. */
    record KindTotal(OutreachKind kind, long activities, long peopleReached) {
    }

    Optional<OutreachActivity> find(String id);

    /** Stores a new activity, or writes a changed one now. */
    void store(OutreachActivity activity);

    void remove(OutreachActivity activity);

    /** A page of the matching activities, newest date first (then latest reported). */
    List<OutreachActivity> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** The matching activities' totals, one per kind that has any. */
    List<KindTotal> totalsByKind(Filter filter);
}
