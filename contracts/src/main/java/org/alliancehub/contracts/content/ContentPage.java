package org.alliancehub.contracts.content;

import java.util.List;

/**
 * A page of a content service list ({@code GET /content/api/alliances}, {@code /emphasis-programs},
 * {@code /events}…): its items, its number (from 1), its size and the total of items over all pages.
 */
public record ContentPage<T>(List<T> items, int page, int size, long total) {

    public ContentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
