package org.alliancehub.content.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A program's curation as staff work on it: the curated list in the staff's order with what each
 * item is now (its title, state, whether it is public and still supports the program: a withdrawn
 * material keeps its place but readers no longer see it), and the public items that support the
 * program and are not curated yet, newest first. {@code version} is the program's (If-Match).
 */
public record ProgramCurationView(String program, long version, OffsetDateTime curatedAt, String curatedBy,
                                  List<Entry> items, List<Candidate> candidates) {

    /** {@code kind} is MATERIAL, TRAINING or EVENT; {@code language} null for every reader. */
    public record Entry(String kind, String id, String language, boolean featured, String title, String state,
                        boolean visible, boolean supportsProgram) {
    }

    public record Candidate(String kind, String id, String title, List<String> languages, OffsetDateTime updatedAt) {
    }
}
