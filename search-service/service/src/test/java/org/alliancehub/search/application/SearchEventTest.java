package org.alliancehub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SearchEventTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aQueryIsKeptFoldedWithItsSpacesCollapsedAndCapped() {
        assertThat(SearchEvent.normalize("  Caída   de ALTURA ")).isEqualTo("caida de altura");
        assertThat(SearchEvent.normalize("x".repeat(300))).hasSize(SearchEvent.MAX_QUERY);
        assertThat(SearchEvent.normalize(null)).isEmpty();
    }

    @Test
    void aSearchWithWordsIsAnEventWithItsFiltersAndBrowsingIsNot() {
        SearchQuery.Filters filters = new SearchQuery.Filters("es", "FACT_SHEET", null, "Caídas", null, null, "nep-falls", null,
                SearchQuery.Published.PAST_YEAR, LocalDate.of(2026, 1, 1), null);
        SearchEvent event = SearchEvent.of(new SearchQuery("Andamios", "es", filters, null, 2, 10), 0, AT);
        assertThat(event.query()).isEqualTo("andamios");
        assertThat(event.language()).isEqualTo("es");
        assertThat(event.program()).isEqualTo("NEP-FALLS");
        assertThat(event.filters()).containsEntry("type", "FACT_SHEET").containsEntry("topic", "Caídas")
                .containsEntry("published", "PAST_YEAR").containsEntry("from", "2026-01-01").doesNotContainKey("industry");
        assertThat(event.results()).isZero();
        assertThat(event.page()).isEqualTo(2);
        assertThat(SearchEvent.of(new SearchQuery("   ", "es", filters, null, 1, 10), 3, AT)).isNull();
    }
}
