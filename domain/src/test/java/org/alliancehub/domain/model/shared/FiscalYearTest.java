package org.alliancehub.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void runsFromOctoberFirstOfThePreviousYearToSeptemberThirtieth() {
        FiscalYear fy2026 = new FiscalYear(2026);
        assertThat(fy2026.firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(fy2026.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(fy2026.contains(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(fy2026.contains(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(fy2026.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(fy2026.contains(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void aDayBelongsToTheFiscalYearItFallsIn() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 9, 30))).isEqualTo(new FiscalYear(2025));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 10, 1))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 1, 1))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 12, 2))).isEqualTo(new FiscalYear(2027));
    }

    @Test
    void implausibleYearsAreRefused() {
        assertThatThrownBy(() -> new FiscalYear(1990)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FiscalYear(2102)).isInstanceOf(IllegalArgumentException.class);
    }
}
