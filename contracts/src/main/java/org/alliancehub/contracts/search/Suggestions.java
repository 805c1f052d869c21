package org.alliancehub.contracts.search;

import java.util.List;

/** Completions for a prefix ({@code GET /search/api/suggest}), titles first, then glossary terms. */
public record Suggestions(String contract, String prefix, List<Suggestion> suggestions) {

    public static final int MAX_SIZE = 20;
    public static final int MAX_PREFIX = 100;

    public static Suggestions of(String prefix, List<Suggestion> suggestions) {
        return new Suggestions(SearchContract.VERSION, prefix, suggestions);
    }

    /**
     * {@code kind} is {@value #TITLE} (a material's title; {@code materialId} names it) or {@value #TERM}
     * (a glossary term; no {@code materialId}); {@code language} is the title's or the term's language.
     */
    public record Suggestion(String text, String kind, String language, String materialId) {

        public static final String TITLE = "TITLE";
        public static final String TERM = "TERM";
    }
}
