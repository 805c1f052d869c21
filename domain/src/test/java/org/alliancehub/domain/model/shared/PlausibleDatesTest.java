package org.alliancehub.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PlausibleDatesTest {

    @Test
    void theEndsOfJavasCalendarAreOutside() {
        assertThat(PlausibleDates.contains(LocalDate.MIN)).isFalse();
        assertThat(PlausibleDates.contains(LocalDate.MAX)).isFalse();
        assertThat(PlausibleDates.contains(LocalDate.of(10000, 1, 1))).isFalse();
        assertThat(PlausibleDates.contains(LocalDate.of(1, 1, 1))).isFalse();
        assertThat(PlausibleDates.contains(LocalDateTime.of(99999, 1, 1, 0, 0))).isFalse();
    }

    @Test
    void everyDateOfOursIsInside() {
        assertThat(PlausibleDates.contains(LocalDate.of(1970, 12, 29))).isTrue();
        assertThat(PlausibleDates.contains(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(PlausibleDates.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(PlausibleDates.contains((LocalDate) null)).isTrue();
    }

    @Test
    void anOffsetThatCrossesTheLastYearInUtcIsOutside() {
        assertThat(PlausibleDates.contains(OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)))).isFalse();
        assertThat(PlausibleDates.contains(OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).isTrue();
    }
}
