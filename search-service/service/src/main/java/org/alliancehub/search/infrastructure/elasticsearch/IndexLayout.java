package org.alliancehub.search.infrastructure.elasticsearch;

/**
 * Reads and writes go through the alias {@code materials}; behind it a numbered index. The number
 * is the mapping's version: when {@code materials-index.json} changes, the number goes up, the new
 * index is created, the alias moves to it and the indexer replays the change feed from the start
 * (the cursor lives in a small index of its own, keyed by the numbered index it belongs to).
 */
final class IndexLayout {

    static final String ALIAS = "materials";
    /** 000002: extracted text. */
    static final String CURRENT_INDEX = "materials-000002";
    static final String CURSOR_INDEX = "alliancehub-indexer";
    static final String SETTINGS_RESOURCE = "materials-index.json";

    private IndexLayout() {
    }
}
