package org.alliancehub.contracts.feed;

import java.util.List;

/**
 * An emphasis program a document supports: its code, its names in both languages and, since
 * contract 1.1, where the program's staff placed the document in its curated order for each reader
 * language ({@code placements}, empty when not curated; rank 1 comes first, featured ones lead).
 */
public record ProgramReference(String code, String nameEnglish, String nameSpanish, List<Placement> placements) {

    public ProgramReference {
        placements = placements == null ? List.of() : List.copyOf(placements);
    }

    /** The document's rank in the program's order for readers of {@code language}. */
    public record Placement(String language, int rank, boolean featured) {
    }
}
