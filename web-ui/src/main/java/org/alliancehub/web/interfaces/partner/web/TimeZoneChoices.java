package org.alliancehub.web.interfaces.partner.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The time zones an event can be announced in: first those of the agencies' regions and of the
 * countries whose consulates take part (the U.S. states and territories, Mexico, Central America and
 * the Caribbean), then every other region zone of the time-zone database. Each is labelled with its
 * offset now, so "UTC−06:00" tells Chicago from Denver at a glance.
 */
public final class TimeZoneChoices {

    static final String DEFAULT = "America/New_York";

    static final List<String> COMMON = List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam",
            "America/Mexico_City", "America/Tijuana", "America/Guatemala", "America/El_Salvador", "America/Tegucigalpa",
            "America/Santo_Domingo", "America/Bogota");

    /** One choice: the zone's id (what is stored), its label, and whether it is one of the common ones. */
    public record Choice(String zone, String label, boolean common) {
    }

    private TimeZoneChoices() {
    }

    public static List<Choice> all(Instant now) {
        List<Choice> choices = new ArrayList<>();
        for (String zone : COMMON) {
            choices.add(new Choice(zone, label(zone, now), true));
        }
        Set<String> common = Set.copyOf(COMMON);
        ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/") && !common.contains(zone))
                .sorted(Comparator.naturalOrder())
                .forEach(zone -> choices.add(new Choice(zone, label(zone, now), false)));
        return choices;
    }

    /** "America/Chicago (UTC−06:00)": the id people search for, and its offset at this moment. */
    static String label(String zone, Instant now) {
        ZoneOffset offset = ZoneId.of(zone).getRules().getOffset(now);
        String written = offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
        return zone.replace('_', ' ') + " (UTC" + written.replace('-', '\u2212') + ")";
    }

    /** Whether an id is one the page offers (a posted value is checked against the list, not trusted). */
    static boolean isOffered(String zone) {
        return zone != null && (COMMON.contains(zone) || (ZoneId.getAvailableZoneIds().contains(zone) && zone.contains("/")));
    }
}
