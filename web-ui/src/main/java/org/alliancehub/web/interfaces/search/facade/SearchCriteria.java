package org.alliancehub.web.interfaces.search.facade;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a results page asks for, read from its address ({@code /results?q=…&lang=…&type=…&page=…}),
 * and the addresses of the pages one step away (a filter added or removed, another sort or page).
 * Unknown parameters are ignored; values that cannot be right (too long, an unknown sort) are dropped
 * rather than refused, so a mistyped bookmark still shows results.
 *
 * @param filters the selected facet values by facet name, in {@link #FILTERS} order; {@code from} is no
 *                facet but a date (yyyy-mm-dd): published on or after it ("new this month")
 * @param sort     relevance, newest or title; null for the search service's default
 * @param verbatim the words as typed even when they find nothing ("search instead for"): no recovery
 */
public record SearchCriteria(String query, String language, Map<String, String> filters, String sort, int page, boolean verbatim) {

    public SearchCriteria(String query, String language, Map<String, String> filters, String sort, int page) {
        this(query, language, filters, sort, page, false);
    }

    /** The facets a reader can filter by, in the order the page shows them. */
    public static final List<String> FILTERS = List.of("language", "type", "topic", "industry", "audience", "program",
            "alliance", "agency", "published", "from");
    public static final Set<String> SORTS = Set.of("relevance", "newest", "title");
    public static final int MAX_QUERY = 500;
    static final int MAX_FILTER = 200;
    /** The search service pages at most 10,000 items deep: 1,000 pages of 10. */
    public static final int MAX_PAGE = 1000;

    public SearchCriteria {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters);
    }

    /** Reads a request's parameters (the first value of each). */
    public static SearchCriteria from(Map<String, String> parameters, String language) {
        // q_input: the search box's own name when the page's script did not run
        String query = parameters.getOrDefault("q", parameters.getOrDefault("q_input", "")).strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank() && value.strip().length() <= MAX_FILTER) {
                filters.put(name, value.strip());
            }
        }
        String sort = parameters.get("sort");
        sort = sort == null ? null : sort.strip().toLowerCase(Locale.ROOT);
        return new SearchCriteria(query, language, filters, sort != null && SORTS.contains(sort) ? sort : null, page(parameters.get("page")),
                "true".equals(parameters.get("verbatim")));
    }

    /**
     * The search of a results page from its full address, when the address is this portal's
     * {@code /results} page ({@code portalBase}: scheme, host, port and context path); empty for
     * any other address. The reader's language is the page's {@code lang}, English without one.
     */
    public static java.util.Optional<SearchCriteria> fromResultsPage(String address, String portalBase) {
        if (address == null || portalBase == null || !address.startsWith(portalBase + "/results?")) {
            return java.util.Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : address.substring(address.indexOf('?') + 1).split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name != null && value != null) {
                parameters.putIfAbsent(name, value);
            }
        }
        String language = "es".equals(parameters.get("lang")) ? "es" : "en";
        return java.util.Optional.of(from(parameters, language));
    }

    private static String decode(String part) {
        try {
            return java.net.URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static int page(String value) {
        try {
            int page = value == null ? 1 : Integer.parseInt(value.strip());
            return Math.max(1, Math.min(page, MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public String filter(String name) {
        return filters.get(name);
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** The same search with one filter set (or removed, when value is null), from the first page. */
    public SearchCriteria withFilter(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (String known : FILTERS) {
            String kept = known.equals(name) ? value : filters.get(known);
            if (kept != null) {
                changed.put(known, kept);
            }
        }
        return new SearchCriteria(query, language, changed, sort, 1, verbatim);
    }

    /** Other words: the search service recovers from them finding nothing again. */
    public SearchCriteria withQuery(String other) {
        return new SearchCriteria(other, language, filters, sort, 1);
    }

    /** The same words, searched as typed even when they find nothing. */
    public SearchCriteria asTyped() {
        return new SearchCriteria(query, language, filters, sort, 1, true);
    }

    public SearchCriteria withoutFilters() {
        return new SearchCriteria(query, language, Map.of(), sort, 1, verbatim);
    }

    public SearchCriteria withSort(String other) {
        return new SearchCriteria(query, language, filters, other, 1, verbatim);
    }

    public SearchCriteria atPage(int other) {
        return new SearchCriteria(query, language, filters, sort, other, verbatim);
    }

    /** This search's query string, {@code ?q=…&lang=…}, for a link to {@code /results}. */
    public String queryString() {
        StringBuilder href = new StringBuilder("?");
        if (!query.isEmpty()) {
            append(href, "q", query);
        }
        append(href, "lang", language);
        for (String name : FILTERS) {
            if (filters.containsKey(name)) {
                append(href, name, filters.get(name));
            }
        }
        if (sort != null) {
            append(href, "sort", sort);
        }
        if (page > 1) {
            append(href, "page", Integer.toString(page));
        }
        if (verbatim) {
            append(href, "verbatim", "true");
        }
        return href.toString();
    }

    private static void append(StringBuilder href, String name, String value) {
        if (href.length() > 1) {
            href.append('&');
        }
        href.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
