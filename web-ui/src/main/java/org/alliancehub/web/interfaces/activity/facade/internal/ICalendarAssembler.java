package org.alliancehub.web.interfaces.activity.facade.internal;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Events as one iCalendar (RFC 5545) file, written by ical4j: a VEVENT per event whose UID stays the
 * same however often it is downloaded ({@code <event-id>@alliancehub}), so a calendar that imports it
 * twice updates the event instead of doubling it; times on the event's own clocks (DTSTART;TZID=…)
 * with a VTIMEZONE for each zone used, from the definitions ical4j ships (no network), so an event at
 * 10:00 in Chicago stays at 10:00 there across clock changes.
 */
public final class ICalendarAssembler {

    static final String PRODUCT = "-//Alliance Outreach Hub//Events//EN";
    static final String UID_DOMAIN = "@alliancehub";
    static final int MAX_LINE_OCTETS = 75;

    /** Loaded once: the registry reads its definitions from the jar and keeps them. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendarAssembler() {
    }

    /**
     * One event as the file shows it. {@code start} and {@code end} carry the event's zone.
     *
     * @param url          the event's page on the portal (absolute)
     * @param lastModified null when not known
     */
    public record Entry(String id, String title, String description, String location, String url, ZonedDateTime start,
                        ZonedDateTime end, OffsetDateTime lastModified) {
    }

    /** The file, with CRLF line ends and folded lines as RFC 5545 asks. {@code stamp} is when it was made (DTSTAMP). */
    public static String write(String calendarName, List<Entry> entries, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (calendarName != null) {
            // read by Apple Calendar, Google Calendar and Outlook as the imported calendar's name
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        Map<String, TimeZone> zones = new LinkedHashMap<>();
        for (Entry entry : entries) {
            String zone = entry.start().getZone().getId();
            if (!zones.containsKey(zone)) {
                zones.put(zone, ZONES.getTimeZone(zone));
            }
        }
        zones.values().stream().filter(java.util.Objects::nonNull).forEach(zone -> calendar.add(zone.getVTimeZone()));
        DtStamp dtStamp = new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        for (Entry entry : entries) {
            calendar.add(event(entry, dtStamp, zones.get(entry.start().getZone().getId()) != null));
        }
        return folded(calendar.toString());
    }

    /**
     * Lines of at most 75 octets, continued on lines that begin with a space (RFC 5545 3.1). ical4j's
     * own folding counts characters, so a Spanish title's accented letters (two octets each) made
     * lines longer than that; this counts octets and never splits a character.
     */
    static String folded(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static VEvent event(Entry entry, DtStamp stamp, boolean zoneKnown) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.id() + UID_DOMAIN));
        event.add(stamp);
        // a zone ical4j has no definition for is written in UTC: the same instants, without the local clock
        if (zoneKnown) {
            event.add(new DtStart<>(entry.start()));
            event.add(new DtEnd<>(entry.end()));
        } else {
            event.add(new DtStart<>(entry.start().toInstant()));
            event.add(new DtEnd<>(entry.end().toInstant()));
        }
        event.add(new Summary(entry.title()));
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        if (entry.lastModified() != null) {
            event.add(new LastModified(entry.lastModified().atZoneSameInstant(ZoneOffset.UTC).toInstant()
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        }
        return event;
    }
}
