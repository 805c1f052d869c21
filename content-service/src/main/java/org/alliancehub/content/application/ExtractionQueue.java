package org.alliancehub.content.application;

/** Runs text extraction off the request thread, a bounded number at a time. */
public interface ExtractionQueue {

    /** One file of one language version to read. */
    record Job(String materialId, String language, String sha256) {
    }

    void schedule(Job job);
}
