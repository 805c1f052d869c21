package org.alliancehub.web.interfaces.activity.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ActivityCriteriaTest {

    @Test
    void readsEveryFilterAndWritesThemBackInOneOrder() {
        ActivityCriteria criteria = ActivityCriteria.from(Map.of("topic", " Caídas ", "language", "es", "kind", "ALL", "when", "past",
                "program", "NEP-HEAT", "alliance", "3f2a-11", "page", "2", "month", "2026-12", "view", "list"), "es");
        assertThat(criteria.kind()).isEqualTo(ActivityCriteria.Kind.ALL);
        assertThat(criteria.topic()).isEqualTo("Caídas");
        assertThat(criteria.month()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(criteria.isListView()).isTrue();
        assertThat(criteria.queryString())
                .isEqualTo("?lang=es&kind=all&language=es&topic=Ca%C3%ADdas&program=NEP-HEAT&alliance=3f2a-11&when=past&month=2026-12&view=list&page=2");
        assertThat(criteria.withFilter("topic", null).queryString()).doesNotContain("topic").doesNotContain("page=");
        assertThat(criteria.atMonth(YearMonth.of(2027, 1)).queryString()).contains("month=2027-01");
    }

    @Test
    void nothingGivenIsTheDefaults() {
        ActivityCriteria criteria = ActivityCriteria.from(Map.of("topic", "  "), "en");
        assertThat(criteria.kindOr(ActivityCriteria.Kind.EVENT)).isEqualTo(ActivityCriteria.Kind.EVENT);
        assertThat(criteria.whenOr(ActivityCriteria.When.UPCOMING)).isEqualTo(ActivityCriteria.When.UPCOMING);
        assertThat(criteria.page()).isEqualTo(1);
        assertThat(criteria.month()).isNull();
        assertThat(criteria.hasFilters()).isFalse();
        assertThat(criteria.queryString()).isEqualTo("?lang=en");
    }

    @Test
    void valuesThatCannotBeRightAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("month", "2026-13"), "en"))
                .isInstanceOfSatisfying(ActivityCriteria.InvalidCriteria.class, e -> assertThat(e.parameter()).isEqualTo("month"));
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("month", "1899-12"), "en")).hasMessageContaining("1900-01");
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("kind", "party"), "en")).hasMessageContaining("[event, training, all]");
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("page", "0"), "en")).hasMessageContaining("page");
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("page", "x"), "en")).hasMessageContaining("page");
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("language", "<script>"), "en")).hasMessageContaining("language");
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("alliance", "a b"), "en")).hasMessageContaining("alliance");
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("topic", "x".repeat(201)), "en")).hasMessageContaining("topic");
        assertThatThrownBy(() -> ActivityCriteria.from(Map.of("view", "week"), "en")).hasMessageContaining("view");
    }
}
