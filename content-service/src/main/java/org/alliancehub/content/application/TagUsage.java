package org.alliancehub.content.application;

import java.util.List;
import java.util.Set;

/** Counts the tags in use, in the database (a query per call, never all materials in memory). */
public interface TagUsage {

    /** What is counted: everything (staff), or published items and those of the alliances these organizations take part in. */
    record Scope(boolean everything, Set<String> organizationIds) {
    }

    /**
     * The values of {@code kind} whose accent- and case-folded form contains {@code query}'s (blank:
     * every value), those starting with it first, then by uses, most first; values that fold alike
     * are one, shown as most often spelled.
     */
    List<Vocabulary.Term> mostUsed(Vocabulary.Kind kind, String query, Scope scope, int limit);
}
