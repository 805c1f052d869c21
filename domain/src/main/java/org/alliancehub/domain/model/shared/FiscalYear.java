package org.alliancehub.domain.model.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * A United States federal fiscal year: October 1 of the year before its number to September 30
 * (fiscal year 2026 runs from 2025-10-01 to 2026-09-30). The agencies' annual evaluation counts by it.
 */
public record FiscalYear(int year) {

    /** Years a report may ask for: outreach is dated from 1990-01-01 on (fiscal year 1991 is the first whole one), and a lifetime ahead. */
    public static final int FIRST = 1991;
    public static final int LAST = 2101;

    public FiscalYear {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException("A fiscal year is between " + FIRST + " and " + LAST + ".");
        }
    }

    /** The fiscal year {@code day} falls in: October onwards belongs to the next calendar year's. */
    public static FiscalYear containing(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= Month.OCTOBER.getValue() ? day.getYear() + 1 : day.getYear());
    }

    /** Its first day, October 1 of the previous calendar year. */
    public LocalDate firstDay() {
        return LocalDate.of(year - 1, Month.OCTOBER, 1);
    }

    /** Its last day, September 30. */
    public LocalDate lastDay() {
        return LocalDate.of(year, Month.SEPTEMBER, 30);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }
}
