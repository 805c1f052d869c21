package org.alliancehub.content.interfaces.rest;

import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.problem.Paging;
import org.alliancehub.problem.QueryParameters;

/** Paging and listing-filter parameters in (read as every service reads them, {@link QueryParameters}), paged JSON out. */
public final class Pages {

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

    /** The JSON shape of a page: the contracts module's, which the portal reads. */
    static <T> ContentPage<T> view(Page<T> page) {
        return new ContentPage<>(page.items(), page.page(), page.size(), page.total());
    }
}
