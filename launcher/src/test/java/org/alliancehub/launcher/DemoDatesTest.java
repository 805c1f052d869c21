package org.alliancehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DemoDatesTest {

    private final DemoDates dates = new DemoDates(LocalDate.of(2026, 12, 2));

    @Test
    void readsDatesRelativeToTheDayTheDemoIsLoaded() {
        assertThat(dates.date("today")).isEqualTo("2026-12-02");
        assertThat(dates.date("start-of-month")).isEqualTo("2026-12-01");
        assertThat(dates.date("today+P5D")).isEqualTo("2026-12-07");
        assertThat(dates.date("today+P30D")).isEqualTo("2027-01-01");
        assertThat(dates.date("today-P2M")).isEqualTo("2026-10-02");
    }

    @Test
    void readsIsoDatesAsTheyAre() {
        assertThat(dates.date("2024-02-12")).isEqualTo("2024-02-12");
    }

    @Test
    void refusesWhatIsNeitherWithTheFormsItReads() {
        assertThatThrownBy(() -> dates.date("next week"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'next week' is not a demo date")
                .hasMessageContaining("today+P5D");
        assertThatThrownBy(() -> dates.date("today+5 days")).isInstanceOf(IllegalArgumentException.class);
    }
}
