package org.alliancehub.content.application;

import org.alliancehub.domain.model.account.Caller;

/**
 * Deletes stored files that no language version holds any more (a deleted draft's, a replaced
 * file), once they have gone unreferenced for the configured grace time.
 */
public interface FileSweep {

    /** Its name among the {@link ScheduledRuns}. */
    String TASK = "file-sweep";

    /** What a sweep did: files and bytes deleted, and unreferenced files kept for now (within the grace time). */
    record Result(int deleted, long bytes, int waiting) {
    }

    /** An admin's sweep, now. */
    Result sweep(Caller caller);

    /** The scheduled sweep. */
    Result sweep();
}
