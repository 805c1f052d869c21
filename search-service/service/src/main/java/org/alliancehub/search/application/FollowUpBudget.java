package org.alliancehub.search.application;

import java.time.Duration;

/**
 * How long a search may already have taken and still send the engine a follow-up request (the
 * spelling suggestion, the typos forgiven, a recovery). Each request is bounded by the engine
 * client's read timeout; a search over this budget answers with what it found instead, so a slow
 * engine costs a reader at most the budget and one read timeout, never one timeout per follow-up.
 * A plain clock check, not a Fault Tolerance {@code @Timeout}: that one scheduled a timer task on a
 * managed executor per search, a tenth of the search service's CPU per request (bench/README.md).
 */
public record FollowUpBudget(long startedNanos) {

    /** Above a search's usual time (tens of ms) by far, below the few seconds a reader waits. */
    public static final Duration BUDGET = Duration.ofSeconds(1);

    public static FollowUpBudget startingNow() {
        return new FollowUpBudget(System.nanoTime());
    }

    /** Whether a follow-up request may still be sent. */
    public boolean allowsFollowUp() {
        return System.nanoTime() - startedNanos < BUDGET.toNanos();
    }
}
