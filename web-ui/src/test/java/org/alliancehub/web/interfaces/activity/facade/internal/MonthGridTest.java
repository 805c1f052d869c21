package org.alliancehub.web.interfaces.activity.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class MonthGridTest {

    @Test
    void december2026FromSundayStartsOnNovember29AndEndsOnJanuary2() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 12), DayOfWeek.SUNDAY);
        assertThat(grid.firstShown()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(grid.lastShown()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(grid.weeks()).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(grid.weekdays()).startsWith(DayOfWeek.SUNDAY).endsWith(DayOfWeek.SATURDAY);
        assertThat(grid.weeks().get(1).get(2)).as("Tuesday the 8th, third column").isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void fromMondayTheSameMonthStartsOnNovember30() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 12), DayOfWeek.MONDAY);
        assertThat(grid.firstShown()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(grid.lastShown()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(grid.weekdays()).startsWith(DayOfWeek.MONDAY).endsWith(DayOfWeek.SUNDAY);
    }

    @Test
    void aMonthThatFillsItsWeeksExactlyHasNoNeighbouringDays() {
        // February 2026 begins on a Sunday and has 28 days
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 2), DayOfWeek.SUNDAY);
        assertThat(grid.weeks()).hasSize(4);
        assertThat(grid.firstShown()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(grid.lastShown()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(MonthGrid.of(YearMonth.of(2026, 8), DayOfWeek.SUNDAY).weeks()).as("August 2026 spans six weeks").hasSize(6);
    }

    @Test
    void anEventIsOnTheDaysOfItsOwnClocks() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        // 19:00 to 21:00 in Chicago on 8 December is already the 9th in UTC: it stays on the 8th
        assertThat(MonthGrid.localDays(ZonedDateTime.of(2026, 12, 8, 19, 0, 0, 0, chicago), ZonedDateTime.of(2026, 12, 8, 21, 0, 0, 0, chicago)))
                .containsExactly(LocalDate.of(2026, 12, 8));
        assertThat(MonthGrid.localDays(ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0, chicago), ZonedDateTime.of(2026, 12, 10, 17, 0, 0, 0, chicago)))
                .containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10));
        assertThat(MonthGrid.localDays(ZonedDateTime.of(2026, 12, 8, 20, 0, 0, 0, chicago), ZonedDateTime.of(2026, 12, 9, 0, 0, 0, 0, chicago)))
                .as("ending at midnight does not reach the next day").containsExactly(LocalDate.of(2026, 12, 8));
        assertThat(MonthGrid.localDays(ZonedDateTime.of(2026, 1, 1, 9, 0, 0, 0, chicago), ZonedDateTime.of(2026, 12, 31, 17, 0, 0, 0, chicago)))
                .hasSize(MonthGrid.MAX_DAYS_SHOWN);
    }
}
