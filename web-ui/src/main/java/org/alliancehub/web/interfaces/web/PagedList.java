package org.alliancehub.web.interfaces.web;

/** A list shown a page at a time, whose pages are links: what the previous and next links need. */
public interface PagedList {

    int page();

    long pages();

    /** The query string of the same list at another page. */
    String queryAtPage(int page);

    default boolean hasPrevious() {
        return page() > 1;
    }

    default boolean hasNext() {
        return page() < pages();
    }

    default String previousQuery() {
        return queryAtPage(page() - 1);
    }

    default String nextQuery() {
        return queryAtPage(page() + 1);
    }
}
