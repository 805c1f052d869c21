package org.alliancehub.search.application;

import java.util.List;

/**
 * What the change feed says about one material: its public language versions now, or that it is
 * no longer public ({@code versions} empty and {@code removed}).
 */
public record MaterialChange(long seq, String materialId, boolean removed, List<IndexedVersion> versions) {

    public static MaterialChange removal(long seq, String materialId) {
        return new MaterialChange(seq, materialId, true, List.of());
    }
}
