package org.alliancehub.search.application;

import java.time.LocalDate;

import org.alliancehub.contracts.search.QueryReport;

/**
 * Search analytics: every public search with words is recorded off the request (a bounded queue
 * written in batches; when the queue is full or the store is down, events are dropped and counted,
 * never a failed search), aggregated per day, the raw events kept for a configured number of days.
 */
public interface SearchAnalytics {

    /** Never blocks and never throws: at worst the event is dropped and counted. */
    void record(SearchEvent event);

    /** Writes what the queue holds; false when the store could not take it (kept for the next try). */
    boolean flush();

    /** Removes raw events older than the retention; the daily aggregates stay. */
    void expire();

    /** Top and zero-result queries over {@code from}..{@code to} (days, UTC); language and program optional. */
    QueryReport report(LocalDate from, LocalDate to, String language, String program, int limit);
}
