package org.alliancehub.web.interfaces.activity.facade.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A month as a wall calendar shows it: whole weeks from a first day of the week (Sunday in the United
 * States, Monday in much of the world), the days of the neighbouring months filling the first and last
 * week.
 *
 * @param weeks each of seven days, in order
 */
public record MonthGrid(YearMonth month, List<List<LocalDate>> weeks) {

    /** Days an event is shown on at most: a months-long exhibit is not repeated on every day of a year. */
    static final int MAX_DAYS_SHOWN = 62;

    public static MonthGrid of(YearMonth month, DayOfWeek firstDayOfWeek) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)));
        List<List<LocalDate>> weeks = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusWeeks(1)) {
            List<LocalDate> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                week.add(day.plusDays(i));
            }
            weeks.add(List.copyOf(week));
        }
        return new MonthGrid(month, List.copyOf(weeks));
    }

    public LocalDate firstShown() {
        return weeks.get(0).get(0);
    }

    public LocalDate lastShown() {
        List<LocalDate> lastWeek = weeks.get(weeks.size() - 1);
        return lastWeek.get(6);
    }

    /** The weekdays in the grid's column order. */
    public List<DayOfWeek> weekdays() {
        return weeks.get(0).stream().map(LocalDate::getDayOfWeek).toList();
    }

    /**
     * The local days an event takes place on, on its own clocks: its start's date through its end's
     * (an end at midnight does not reach into the next day); at most {@link #MAX_DAYS_SHOWN}.
     */
    public static List<LocalDate> localDays(ZonedDateTime start, ZonedDateTime end) {
        LocalDate first = start.toLocalDate();
        LocalDate last = end == null ? first : end.toLocalDate();
        if (end != null && last.isAfter(first) && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            last = last.minusDays(1);
        }
        long count = Math.min(ChronoUnit.DAYS.between(first, last) + 1, MAX_DAYS_SHOWN);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count); i++) {
            days.add(first.plusDays(i));
        }
        return days;
    }
}
