package org.alliancehub.content.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfItsMiddleValues() {
        Percentiles days = new Percentiles(List.of(4, 1, 3, 2));
        assertThat(days.at(50)).isEqualTo(2.5);
        assertThat(new Percentiles(List.of(7, 1, 3)).at(50)).isEqualTo(3.0);
    }

    @Test
    void theNinetiethInterpolatesBetweenClosestRanks() {
        // ranks 0..9 over 1..10: the 90th is at rank 8.1, between 9 and 10
        Percentiles days = new Percentiles(List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1));
        assertThat(days.at(90)).isCloseTo(9.1, within(1e-9));
        assertThat(days.at(0)).isEqualTo(1.0);
        assertThat(days.at(100)).isEqualTo(10.0);
        assertThat(new Percentiles(List.of(2.5)).at(90)).isEqualTo(2.5);
    }

    @Test
    void anEmptySampleHasNoneAndPercentsOutsideTheRangeAreRefused() {
        assertThat(new Percentiles(List.of()).at(50)).isNull();
        assertThat(new Percentiles(List.of()).isEmpty()).isTrue();
        assertThatThrownBy(() -> new Percentiles(List.of(1)).at(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
