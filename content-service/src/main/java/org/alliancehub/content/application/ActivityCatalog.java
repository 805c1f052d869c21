package org.alliancehub.content.application;

import java.util.List;
import java.util.Set;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.activity.Activity;
import org.alliancehub.domain.model.activity.PublicationState;

/**
 * One kind of activity, trainings or events: partners of the alliance draft them, staff publish
 * and withdraw them. The use cases are the same for both kinds; only how the public lists them
 * differs ({@link TrainingCatalog}, {@link EventCatalog}).
 *
 * @param <A> the activity
 * @param <D> what a partner writes to describe it
 */
public interface ActivityCatalog<A extends Activity<D>, D> {

    enum Step { PUBLISH, WITHDRAW }

    A create(Caller caller, String allianceId, D details, Set<String> programCodes);

    A update(Caller caller, String id, D details, Set<String> programCodes, Long expectedVersion);

    /** Staff publish or withdraw; the step is recorded with the caller and the optional comment. */
    A step(Caller caller, String id, Step step, String comment);

    /** The publication steps, for the partners of its alliance and for staff. */
    List<HistoryEntry> history(Caller caller, String id);

    /** A published one for anybody; a draft or withdrawn one for the partners of its alliance and for staff. */
    A get(Caller caller, String id);

    /** Deletes a draft (a published one is withdrawn). */
    void delete(Caller caller, String id, Long expectedVersion);

    /**
     * The caller's work list: those in a state of the alliances a partner acts for (staff: all);
     * trainings by title, events soonest first, past ones included.
     */
    Page<A> forWork(Caller caller, PublicationState state, String allianceId, String language, PageRequest page);
}
