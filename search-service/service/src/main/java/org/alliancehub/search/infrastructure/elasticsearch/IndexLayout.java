package org.alliancehub.search.infrastructure.elasticsearch;

/**
 * Reads and writes go through the alias {@code materials}; behind it a numbered index
 * ({@code materials-000001}), so that a reindex can build the next number and swap the alias.
 * The indexer's cursor lives in a small index of its own, keyed by the numbered index it belongs to.
 */
final class IndexLayout {

    static final String ALIAS = "materials";
    static final String FIRST_INDEX = "materials-000001";
    static final String CURSOR_INDEX = "alliancehub-indexer";
    static final String SETTINGS_RESOURCE = "materials-index.json";

    private IndexLayout() {
    }
}
