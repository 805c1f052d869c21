package org.alliancehub.content.application;

/** Runs text extraction off the request thread, a bounded number at a time. */
public interface ExtractionQueue {

    /** One file of one language version to read, with the media type detected at upload. */
    record Job(String materialId, String language, String sha256, String mediaType) {
    }

    /**
     * This instance's queue: files waiting, files being read, results recorded since it started
     * (of which failed), when the last one was recorded, and the files it left to the other instance
     * that had claimed them ({@code claimedElsewhere}).
     */
    record Status(int waiting, int running, long finished, long failed, java.time.OffsetDateTime lastFinishedAt,
                  long claimedElsewhere) {
    }

    /** Reads the file off the request; a job already waiting or being read here is not queued twice. */
    void schedule(Job job);

    Status status();
}
