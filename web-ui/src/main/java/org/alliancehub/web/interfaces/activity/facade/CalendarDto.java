package org.alliancehub.web.interfaces.activity.facade;

import java.util.List;

/**
 * A month of events ({@code /calendar?month=…&view=month|list}): the grid of its weeks and, for the
 * list view and narrow screens, the days that have events. Each event is on its local date, on the
 * clocks of its own time zone. Every {@code …Query} is a query string for {@code /calendar} (or
 * {@code /calendar.ics}).
 *
 * @param caption   "December 2026", "Diciembre de 2026"
 * @param truncated more events matched than the month shows
 */
public record CalendarDto(ActivityCriteria criteria, String caption, String monthValue, List<WeekdayDto> weekdays,
                          List<WeekDto> weeks, List<DayDto> daysWithEvents, long eventCount, boolean truncated,
                          String previousQuery, String previousLabel, String nextQuery, String nextLabel, String monthViewQuery,
                          String listViewQuery, String icsQuery, List<ActivityListDto.FilterDto> filters,
                          List<ActivityListDto.SelectedFilterDto> selected) {

    /** A column heading: "Tue" shown, "Tuesday" for screen readers ({@code abbr}). */
    public record WeekdayDto(String shortName, String fullName) {
    }

    public record WeekDto(List<DayDto> days) {
    }

    /**
     * A day of the grid.
     *
     * @param date      ISO date, for {@code <time datetime>}
     * @param fullLabel "Tuesday, December 8, 2026"
     * @param inMonth   false for the neighbouring months' days that fill the first and last week
     */
    public record DayDto(String date, int dayOfMonth, String fullLabel, boolean inMonth, boolean today, List<EntryDto> events) {

        public boolean hasEvents() {
            return !events.isEmpty();
        }
    }

    /** An event on a day: its start on its own clocks ("10:00 AM CST"; null on the days after the first) and its page. */
    public record EntryDto(String id, String title, String time, String kindLabel, String onlyInLabel) {
    }
}
