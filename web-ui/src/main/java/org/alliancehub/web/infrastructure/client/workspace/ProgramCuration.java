package org.alliancehub.web.infrastructure.client.workspace;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An emphasis program's curation as the content service answers it to staff
 * ({@code GET /content/api/emphasis-programs/{code}/curation}): the curated list in order, what each
 * item is now, and the public items supporting the program that are not curated yet.
 */
public record ProgramCuration(String program, long version, OffsetDateTime curatedAt, String curatedBy,
                              List<Entry> items, List<Candidate> candidates) {

    /** {@code kind}: MATERIAL, TRAINING or EVENT; {@code language} null for every reader. */
    public record Entry(String kind, String id, String language, boolean featured, String title, String state,
                        boolean visible, boolean supportsProgram) {
    }

    public record Candidate(String kind, String id, String title, List<String> languages, OffsetDateTime updatedAt) {
    }
}
