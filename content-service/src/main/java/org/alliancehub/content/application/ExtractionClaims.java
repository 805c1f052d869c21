package org.alliancehub.content.application;

import java.time.Duration;

/**
 * Which instance reads which file: with several content-service instances on one database, a file
 * waiting for extraction is read by the one that claims it, and by another only once that claim has
 * lapsed (its reader died). Its result is recorded only by the instance still holding the claim, so
 * each file's result is recorded once.
 */
public interface ExtractionClaims {

    /** Whether this instance may read the job's file now: nobody else holds it, and it does until {@code term} from now. */
    boolean claim(ExtractionQueue.Job job, Duration term);

    /**
     * Gives this instance's claim up, within the transaction that records the result; false when it
     * holds none any more (another instance took the job over), and then the result is not recorded.
     */
    boolean release(ExtractionQueue.Job job);

    /** Forgets claims that lapsed long ago (their files were deleted, or read by another instance). */
    int forgetLapsed(Duration olderThan);
}
