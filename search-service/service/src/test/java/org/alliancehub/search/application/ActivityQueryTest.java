package org.alliancehub.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ActivityQueryTest {

    private static ActivityQuery query(LocalDate from, LocalDate to, ActivityQuery.When when) {
        return new ActivityQuery("", null, null, null, null, null, null, from, to, when, null, 1, 20);
    }

    @Test
    void withoutDaysUpcomingIsTheDefaultAsBefore() {
        ActivityQuery query = query(null, null, null);
        assertThat(query.when()).isEqualTo(ActivityQuery.When.UPCOMING);
        assertThat(query.hasDays()).isFalse();
    }

    @Test
    void daysAskedForIncludePastOnesUnlessWhenSaysOtherwise() {
        assertThat(query(LocalDate.of(2020, 1, 1), null, null).when()).isEqualTo(ActivityQuery.When.ANY);
        assertThat(query(null, LocalDate.of(2020, 1, 1), null).hasDays()).isTrue();
        assertThat(query(LocalDate.of(2020, 1, 1), null, ActivityQuery.When.UPCOMING).when()).isEqualTo(ActivityQuery.When.UPCOMING);
    }

    @Test
    void fromAfterToOrOutsideTheCalendarIsTheCallersMistake() {
        assertThat(query(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 1), null).from()).isEqualTo(LocalDate.of(2031, 6, 1));
        assertThatThrownBy(() -> query(LocalDate.of(2031, 6, 2), LocalDate.of(2031, 6, 1), null))
                .isInstanceOfSatisfying(SearchQuery.InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("from"))
                .hasMessageContaining("after");
        assertThatThrownBy(() -> query(null, LocalDate.of(1800, 1, 1), null))
                .isInstanceOfSatisfying(SearchQuery.InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("to"));
    }

    @Test
    void theOffsetIsWherePagesStart() {
        assertThat(new ActivityQuery("", null, null, null, null, null, null, null, null, null, null, 3, 20).offset()).isEqualTo(40);
    }
}
