package org.alliancehub.search.infrastructure.elasticsearch;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads go through the alias {@code materials}; behind it a concrete index named after the
 * mapping's version and its creation time, e.g. {@code materials-000003-20261126-231500123}.
 * When {@code materials-index.json} changes, the version goes up and the indexer builds a new
 * index from the change feed while the old one keeps serving, then moves the alias. Each concrete
 * index has its feed cursor in a small index of its own.
 */
public final class IndexLayout {

    public static final String ALIAS = "materials";
    /**
     * 000002: extracted text; 000003: industries, audiences, programs, folded filter keys,
     * other-language analyzers; 000005: the programs' curated ranks (nested {@code curation});
     * 000006: documents and cursors carry the feed sequence number as an external version (an
     * older index's internal versions would refuse them), and one replica on a cluster of two or
     * more nodes ({@code auto_expand_replicas}).
     */
    static final String MAPPING_VERSION = "materials-000006";
    static final String ALL_MATERIAL_INDEXES = "materials-*";
    static final String CURSOR_INDEX = "alliancehub-indexer";
    static final String SETTINGS_RESOURCE = "materials-index.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");

    private IndexLayout() {
    }

    static String newIndexName() {
        return MAPPING_VERSION + "-" + STAMP.format(LocalDateTime.now(ZoneOffset.UTC));
    }

    static boolean hasCurrentMapping(String index) {
        return index.startsWith(MAPPING_VERSION + "-");
    }
}
