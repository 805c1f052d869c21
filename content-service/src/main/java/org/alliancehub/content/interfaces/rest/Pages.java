package org.alliancehub.content.interfaces.rest;

import java.util.List;

import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.problem.Paging;
import org.alliancehub.problem.QueryParameters;

/** Paging and listing-filter parameters in (read as every service reads them, {@link QueryParameters}), paged JSON out. */
public final class Pages {

    /** The JSON shape of a page. */
    public record PageView<T>(List<T> items, int page, int size, long total) {
    }

    /** Free-text filters (a name's part, say) are at most this long. */
    static final int MAX_FILTER = 200;

    private Pages() {
    }

    static PageRequest request(String page, String size) {
        Paging paging = Paging.of(page, size);
        return new PageRequest(paging.page(), paging.size());
    }

    /** A free-text filter value: stripped, null when blank, at most {@value #MAX_FILTER} characters. */
    static String searchText(String parameter, String value) {
        return QueryParameters.text(parameter, value, MAX_FILTER);
    }

    static <T> PageView<T> view(Page<T> page) {
        return new PageView<>(page.items(), page.page(), page.size(), page.total());
    }
}
