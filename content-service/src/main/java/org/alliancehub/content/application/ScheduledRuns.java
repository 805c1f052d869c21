package org.alliancehub.content.application;

import java.time.Duration;

/**
 * Work that must run once per cluster, not once per content-service instance (the sweep of
 * unreferenced files): each instance keeps its schedule and asks before each run.
 */
public interface ScheduledRuns {

    /**
     * Whether this instance runs {@code task} now: true for the first instance to ask once about
     * {@code interval} has passed since the task last started anywhere, false for the others.
     */
    boolean claim(String task, Duration interval);
}
