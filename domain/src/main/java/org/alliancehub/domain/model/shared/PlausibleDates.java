package org.alliancehub.domain.model.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The calendar every service agrees on: years 1900 to 9999. Java's dates reach a billion years either
 * way, PostgreSQL's stop at 5874897 AD, and Elasticsearch's default date format reads four-digit
 * years only, so a date outside this range is refused where it comes in rather than failing in one
 * of the engines later (a publication date of +10000-01-01 once stalled the search indexer).
 * No alliance, material or event of ours falls outside it.
 */
public final class PlausibleDates {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 9999;
    public static final String RULE = "a date between " + EARLIEST_YEAR + "-01-01 and " + LATEST_YEAR + "-12-31";

    private PlausibleDates() {
    }

    public static boolean contains(int year) {
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }

    /** A missing date is not this rule's business. */
    public static boolean contains(LocalDate date) {
        return date == null || contains(date.getYear());
    }

    public static boolean contains(LocalDateTime dateTime) {
        return dateTime == null || contains(dateTime.getYear());
    }

    /** Checked in UTC as well as in its own offset, so that no conversion leaves the range. */
    public static boolean contains(OffsetDateTime dateTime) {
        return dateTime == null || contains(dateTime.getYear()) && contains(dateTime.atZoneSameInstant(java.time.ZoneOffset.UTC).getYear());
    }
}
