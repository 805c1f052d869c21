package org.alliancehub.launcher;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * The demo's dates, read relative to the day the demo is loaded so that "new this month" and
 * "upcoming" stay true whenever a newcomer first starts the stack: an ISO date ({@code 2024-02-12}),
 * {@code today}, {@code start-of-month}, or today plus or minus an ISO period ({@code today+P5D},
 * {@code today-P2M}).
 */
final class DemoDates {

    private static final String TODAY = "today";
    private static final String START_OF_MONTH = "start-of-month";

    private final LocalDate today;

    DemoDates(LocalDate today) {
        this.today = today;
    }

    LocalDate date(String value) {
        String text = value.strip();
        try {
            if (text.equals(TODAY)) {
                return today;
            }
            if (text.equals(START_OF_MONTH)) {
                return today.withDayOfMonth(1);
            }
            if (text.startsWith(TODAY + "+")) {
                return today.plus(Period.parse(text.substring(TODAY.length() + 1)));
            }
            if (text.startsWith(TODAY + "-")) {
                return today.minus(Period.parse(text.substring(TODAY.length() + 1)));
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a demo date: write an ISO date, " + TODAY + ", "
                    + START_OF_MONTH + ", or " + TODAY + "+P5D / " + TODAY + "-P2M", e);
        }
    }
}
