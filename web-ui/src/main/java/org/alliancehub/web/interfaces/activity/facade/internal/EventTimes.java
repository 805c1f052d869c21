package org.alliancehub.web.interfaces.activity.facade.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When an event happens, on the clocks of the place it happens: "Tuesday, December 8, 2026,
 * 10:00 AM – 12:00 PM CST (America/Chicago)", "martes, 8 de diciembre de 2026, 10:00 – 12:00 CST
 * (America/Chicago)". Readers elsewhere see the zone named, so an online event's hour is never
 * mistaken for their own; its abbreviation is the one in force at that moment (CST in winter, CDT in
 * summer), and both are shown when a clock change falls inside the event.
 */
public final class EventTimes {

    private EventTimes() {
    }

    /** The event's zone; UTC for a zone this JDK does not know (the content service only stores known ones). */
    public static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public static ZonedDateTime local(OffsetDateTime instant, String zoneId) {
        return instant.atZoneSameInstant(zone(zoneId));
    }

    /** Start and end with the date once when the event is on one day, and the zone named. */
    public static String span(OffsetDateTime start, OffsetDateTime end, String zoneId, Locale locale) {
        ZonedDateTime from = local(start, zoneId);
        ZonedDateTime to = end == null ? null : local(end, zoneId);
        StringBuilder text = new StringBuilder(date(from.toLocalDate(), locale)).append(", ").append(time(from, locale));
        if (to != null) {
            boolean sameAbbreviation = abbreviation(from, locale).equals(abbreviation(to, locale));
            if (!sameAbbreviation) {
                text.append(' ').append(abbreviation(from, locale));
            }
            text.append(" – ");
            if (!to.toLocalDate().equals(from.toLocalDate())) {
                text.append(date(to.toLocalDate(), locale)).append(", ");
            }
            text.append(time(to, locale));
        }
        text.append(' ').append(abbreviation(to == null ? from : to, locale)).append(" (").append(from.getZone().getId()).append(')');
        return text.toString();
    }

    /** The start's time with the zone's abbreviation, for a calendar cell already headed by its date: "10:00 AM CST". */
    public static String startTime(OffsetDateTime start, String zoneId, Locale locale) {
        ZonedDateTime from = local(start, zoneId);
        return time(from, locale) + " " + abbreviation(from, locale);
    }

    /** A day in full: "Tuesday, December 8, 2026". */
    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
    }

    static String time(ZonedDateTime at, Locale locale) {
        return readable(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(at));
    }

    static String abbreviation(ZonedDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(at);
    }

    /** Newer JDKs' locale data put a narrow no-break space before "AM": one wording whichever JDK runs the portal. */
    private static String readable(String formatted) {
        return formatted.replace('\u202f', ' ');
    }
}
