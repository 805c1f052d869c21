package org.alliancehub.web.interfaces.activity.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class EventTimesTest {

    private static final Locale ENGLISH = Locale.forLanguageTag("en");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aWinterMorningInChicagoIsShownOnChicagosClocksWithTheZoneNamed() {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-08T16:00:00Z");
        OffsetDateTime end = OffsetDateTime.parse("2026-12-08T18:00:00Z");
        assertThat(EventTimes.span(start, end, "America/Chicago", ENGLISH))
                .isEqualTo("Tuesday, December 8, 2026, 10:00 AM – 12:00 PM CST (America/Chicago)");
        assertThat(EventTimes.span(start, end, "America/Chicago", SPANISH))
                .isEqualTo("martes, 8 de diciembre de 2026, 10:00 – 12:00 CST (America/Chicago)");
        assertThat(EventTimes.startTime(start, "America/Chicago", ENGLISH)).isEqualTo("10:00 AM CST");
    }

    @Test
    void inSummerTheSameZoneIsOnDaylightTime() {
        assertThat(EventTimes.span(OffsetDateTime.parse("2027-07-13T15:00:00Z"), OffsetDateTime.parse("2027-07-13T16:30:00Z"),
                "America/Chicago", ENGLISH)).isEqualTo("Tuesday, July 13, 2027, 10:00 AM – 11:30 AM CDT (America/Chicago)");
    }

    @Test
    void severalDaysShowBothDatesAndAClockChangeShowsBothAbbreviations() {
        assertThat(EventTimes.span(OffsetDateTime.parse("2027-05-03T14:00:00Z"), OffsetDateTime.parse("2027-05-05T22:00:00Z"),
                "America/Chicago", SPANISH))
                .isEqualTo("lunes, 3 de mayo de 2027, 9:00 – miércoles, 5 de mayo de 2027, 17:00 CDT (America/Chicago)");
        // clocks go back at 2:00 on 7 November 2027 in Chicago
        assertThat(EventTimes.span(OffsetDateTime.parse("2027-11-06T23:00:00Z"), OffsetDateTime.parse("2027-11-07T15:00:00Z"),
                "America/Chicago", ENGLISH))
                .isEqualTo("Saturday, November 6, 2027, 6:00 PM CDT – Sunday, November 7, 2027, 9:00 AM CST (America/Chicago)");
    }

    @Test
    void theSameInstantElsewhereIsThatPlacesTime() {
        assertThat(EventTimes.startTime(OffsetDateTime.parse("2026-12-08T16:00:00Z"), "America/Puerto_Rico", ENGLISH)).isEqualTo("12:00 PM AST");
        assertThat(EventTimes.zone("Not/AZone").getId()).isEqualTo("Z");
    }
}
