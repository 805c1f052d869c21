package org.alliancehub.search.application;

import java.util.List;

/** Completions for a prefix, titles first, then glossary terms. */
public record Suggestions(String prefix, List<Suggestion> suggestions) {

    public static final int MAX_SIZE = 20;
    public static final int MAX_PREFIX = 100;

    public enum Kind {
        TITLE, TERM
    }

    /** {@code materialId} is set for titles; {@code language} is the title's or the term's language. */
    public record Suggestion(String text, Kind kind, String language, String materialId) {
    }
}
