package org.alliancehub.web.interfaces.search.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

    @Test
    void anAddressIsReadForgivingly() {
        SearchCriteria criteria = SearchCriteria.from(Map.of("q", "  caida ", "type", "FACT_SHEET", "sort", "NEWEST",
                "page", "x", "colour", "red", "topic", "t".repeat(201)), "es");
        assertThat(criteria.query()).isEqualTo("caida");
        assertThat(criteria.filters()).as("known filters only, none too long").containsExactly(Map.entry("type", "FACT_SHEET"));
        assertThat(criteria.sort()).isEqualTo("newest");
        assertThat(criteria.page()).as("a page that is no number is the first").isEqualTo(1);
        assertThat(SearchCriteria.from(Map.of("sort", "random", "page", "999999"), "en").sort()).isNull();
        assertThat(SearchCriteria.from(Map.of("page", "999999"), "en").page()).isEqualTo(SearchCriteria.MAX_PAGE);
        assertThat(SearchCriteria.from(Map.of("page", "-3"), "en").page()).isEqualTo(1);
        assertThat(SearchCriteria.from(Map.of("q", "x".repeat(600)), "en").query()).hasSize(SearchCriteria.MAX_QUERY);
    }

    @Test
    void linksOneStepAwayKeepEverythingElseAndStartFromTheFirstPage() {
        SearchCriteria criteria = SearchCriteria.from(Map.of("q", "caída & calor", "topic", "Heat", "page", "3"), "es");
        assertThat(criteria.queryString()).isEqualTo("?q=ca%C3%ADda+%26+calor&lang=es&topic=Heat&page=3");
        assertThat(criteria.withFilter("type", "POSTER").queryString())
                .as("filters in one order whatever the order chosen").isEqualTo("?q=ca%C3%ADda+%26+calor&lang=es&type=POSTER&topic=Heat");
        assertThat(criteria.withFilter("topic", null).queryString()).isEqualTo("?q=ca%C3%ADda+%26+calor&lang=es");
        assertThat(criteria.withSort("title").atPage(2).queryString()).endsWith("&sort=title&page=2");
        assertThat(criteria.withoutFilters().withQuery("{").queryString()).isEqualTo("?q=%7B&lang=es");
    }
}
