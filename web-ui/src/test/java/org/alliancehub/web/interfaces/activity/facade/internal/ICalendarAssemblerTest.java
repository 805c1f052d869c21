package org.alliancehub.web.interfaces.activity.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;

import org.junit.jupiter.api.Test;

class ICalendarAssemblerTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant STAMP = Instant.parse("2026-12-02T08:00:00Z");

    private static ICalendarAssembler.Entry at(String id, LocalDateTime start, ZoneId zone) {
        return new ICalendarAssembler.Entry(id, "Trenching seminar " + id, "Cave-ins, protective systems; and a break, at 10:30.",
                "Houston Convention Center, Hall B", "https://portal.example/event?id=" + id,
                start.atZone(zone), start.plusHours(2).atZone(zone), OffsetDateTime.parse("2026-11-20T15:04:05.123Z"));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Instant instant(VEvent event) {
        Temporal start = event.<Temporal>getStartDate().orElseThrow().getDate();
        return Instant.from(start);
    }

    @Test
    void anEventAtTenInChicagoIsSixteenUtcInWinterAndFifteenInSummer() throws Exception {
        String text = ICalendarAssembler.write("Events", List.of(
                at("winter", LocalDateTime.of(2026, 12, 8, 10, 0), CHICAGO),
                at("summer", LocalDateTime.of(2027, 7, 13, 10, 0), CHICAGO)), STAMP);

        assertThat(text).contains("DTSTART;TZID=America/Chicago:20261208T100000\r\n")
                .contains("DTSTART;TZID=America/Chicago:20270713T100000\r\n")
                .contains("DTEND;TZID=America/Chicago:20261208T120000\r\n")
                .contains("UID:winter@alliancehub\r\n").contains("DTSTAMP:20261202T080000Z\r\n")
                .contains("LAST-MODIFIED:20261120T150405Z\r\n")
                .contains("METHOD:PUBLISH").contains("PRODID:" + ICalendarAssembler.PRODUCT)
                .doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        Calendar calendar = parse(text);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(instant(events.get(0))).isEqualTo(Instant.parse("2026-12-08T16:00:00Z"));
        assertThat(instant(events.get(1))).as("after the clock change, CDT").isEqualTo(Instant.parse("2027-07-13T15:00:00Z"));
        DtStart<?> start = events.get(0).getStartDate().orElseThrow();
        assertThat(start.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/Chicago");
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).as("one VTIMEZONE per zone used").hasSize(1);
        assertThat(zones.get(0).getProperty("TZID").orElseThrow().getValue()).isEqualTo("America/Chicago");
        calendar.validate();
    }

    @Test
    void eachZoneUsedHasItsDefinitionOnceAndTextIsEscaped() throws Exception {
        String text = ICalendarAssembler.write(null, List.of(
                at("a", LocalDateTime.of(2027, 3, 14, 9, 0), CHICAGO),
                at("b", LocalDateTime.of(2027, 3, 14, 9, 0), ZoneId.of("America/Puerto_Rico")),
                at("c", LocalDateTime.of(2027, 3, 15, 9, 0), CHICAGO)), STAMP);
        Calendar calendar = parse(text);
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).extracting(z -> z.getProperty("TZID").orElseThrow().getValue())
                .containsExactly("America/Chicago", "America/Puerto_Rico");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        // 14 March 2027 is the day clocks go forward in Chicago (not in Puerto Rico, always UTC-4)
        assertThat(instant(events.get(0))).isEqualTo(Instant.parse("2027-03-14T14:00:00Z"));
        assertThat(instant(events.get(1))).isEqualTo(Instant.parse("2027-03-14T13:00:00Z"));
        assertThat(text).contains("DESCRIPTION:Cave-ins\\, protective systems\\; and a break\\, at 10:30.");
        assertThat(events.get(0).getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo("Cave-ins, protective systems; and a break, at 10:30.");
        assertThat(events.get(0).getProperty("URL").orElseThrow().getValue()).isEqualTo("https://portal.example/event?id=a");
        assertThat(events.get(0).getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Houston Convention Center, Hall B");
        assertThat(text).doesNotContain("X-WR-CALNAME");
    }

    @Test
    void longLinesAreFoldedAndUnfoldBackToTheSameText() throws Exception {
        String title = "Seminario sobre prevención de caídas en la construcción residencial ".repeat(3).strip();
        ICalendarAssembler.Entry entry = new ICalendarAssembler.Entry("long", title, null, null, null,
                ZonedDateTime.of(2027, 1, 5, 8, 0, 0, 0, CHICAGO), ZonedDateTime.of(2027, 1, 5, 9, 0, 0, 0, CHICAGO), null);
        String text = ICalendarAssembler.write("Eventos", List.of(entry), STAMP);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        VEvent event = parse(text).<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(title);
        assertThat(event.getProperty("DESCRIPTION")).isEmpty();
    }
}
