package org.alliancehub.web.interfaces.activity.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancehub.contracts.content.ContentContract;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.TrainingView;
import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.contracts.search.SearchResults.FacetCount;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria;
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto;
import org.alliancehub.web.interfaces.activity.facade.CalendarDto;
import org.alliancehub.web.interfaces.activity.facade.EventPageDto;
import org.alliancehub.web.interfaces.activity.facade.TrainingPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.junit.jupiter.api.Test;

class ActivityAssemblerTest {

    private static final ActivityAssembler SPANISH = new ActivityAssembler(PortalMessages.of(Locale.forLanguageTag("es")));
    private static final ActivityAssembler ENGLISH = new ActivityAssembler(PortalMessages.of(Locale.forLanguageTag("en")));

    static ActivityResults.Hit event(String id, String start, String end, String zone, List<String> languages) {
        return new ActivityResults.Hit(id, ActivityResults.Hit.EVENT, "Trench safety " + id, null, null, "Protective systems.",
                "alliance-1", "Hispanic Contractors Safety Alliance", "OSHA", List.of("trenching"), List.of(), languages, List.of("NEP-TRENCH"),
                null, null, null, null, "SEMINAR", OffsetDateTime.parse(start), OffsetDateTime.parse(end), zone, "Houston", null, null, 1.0);
    }

    static ActivityResults.Hit training(String id, List<String> languages) {
        return new ActivityResults.Hit(id, ActivityResults.Hit.TRAINING, "Fall protection", null, null, "x ".repeat(200), "alliance-1",
                "Roofers Alliance", "OSHA", List.of(), List.of(), languages, List.of(), "ONLINE", 90, "NRCA", "https://t.example",
                null, null, null, null, null, null, null, 1.0);
    }

    @Test
    void aSpanishReaderSeesWhatIsOnlyInEnglishMarkedSoAndNothingLeftOut() {
        ActivityCriteria criteria = ActivityCriteria.from(Map.of("alliance", "alliance-1"), "es");
        ActivityResults results = ActivityResults.of(null, 2, 1, 10, List.of(
                        event("e1", "2026-12-08T16:00:00Z", "2026-12-08T18:00:00Z", "America/Chicago", List.of("es", "en")),
                        training("t1", List.of("en"))),
                Map.of("language", List.of(new FacetCount("en", null, 2), new FacetCount("es", null, 1))), List.of());
        ActivityListDto list = SPANISH.list(criteria, ActivityCriteria.Kind.EVENT, results);

        assertThat(list.items()).hasSize(2);
        ActivityListDto.ItemDto seminar = list.items().get(0);
        assertThat(seminar.onlyInLabel()).isNull();
        assertThat(seminar.typeLabel()).isEqualTo("Seminario");
        assertThat(seminar.when()).isEqualTo("martes, 8 de diciembre de 2026, 10:00 – 12:00 CST (America/Chicago)");
        assertThat(seminar.path()).isEqualTo("/event");
        assertThat(seminar.languages()).isEqualTo("Español, Inglés");
        ActivityListDto.ItemDto course = list.items().get(1);
        assertThat(course.onlyInLabel()).isEqualTo("Solo en inglés");
        assertThat(course.typeLabel()).isEqualTo("En línea");
        assertThat(course.path()).isEqualTo("/training");
        assertThat(course.summary()).endsWith("…").hasSizeLessThanOrEqualTo(ActivityAssembler.SUMMARY_LENGTH + 1);

        assertThat(list.filters()).extracting(ActivityListDto.FilterDto::name).containsExactly("language");
        assertThat(list.filters().get(0).options()).extracting(ActivityListDto.OptionDto::label).containsExactly("Inglés", "Español");
        assertThat(list.selected()).singleElement().satisfies(s -> {
            assertThat(s.label()).as("named, not shown as an id").isEqualTo("Hispanic Contractors Safety Alliance");
            assertThat(s.removeQuery()).isEqualTo("?lang=es");
        });
        assertThat(list.kinds()).extracting(ActivityListDto.ChoiceDto::current).containsExactly(true, false);
        assertThat(list.kinds().get(1).query()).isEqualTo("?lang=es&kind=all&alliance=alliance-1");
        assertThat(list.whens()).extracting(ActivityListDto.ChoiceDto::label).containsExactly("Próximos", "Pasados", "Cualquier fecha");
        assertThat(list.pages()).isEqualTo(1);
        assertThat(list.calendarQuery()).as("the calendar keeps the filters").isEqualTo("?lang=es&alliance=alliance-1");

        assertThat(ENGLISH.onlyIn(List.of("es"))).isEqualTo("Only in Spanish");
        assertThat(ENGLISH.onlyIn(List.of("en-US"))).isNull();
    }

    @Test
    void theEventPageHasItsTimesOnItsOwnClocksAndItsProgramsInTheReadersLanguage() {
        EventView view = new EventView(ContentContract.VERSION, "e1", "alliance-1", "Hispanic Contractors Safety Alliance", "OSHA", "WEBINAR",
                "Heat illness webinar", "Water, rest, shade.", OffsetDateTime.parse("2027-07-01T00:30:00Z"), OffsetDateTime.parse("2027-07-01T01:30:00Z"),
                "America/Chicago", LocalDateTime.parse("2027-06-30T19:30"), null, "https://meet.example/heat", null, List.of("en"),
                List.of(new EmphasisProgramView(ContentContract.VERSION, "NEP-HEAT", "OSHA", "NATIONAL", "Heat", "Calor", null, null, true, 1)),
                "PUBLISHED", OffsetDateTime.parse("2026-11-20T10:00:00Z"), 3);
        EventPageDto page = SPANISH.event(view, OffsetDateTime.parse("2026-12-01T00:00:00Z"));
        assertThat(page.kindLabel()).isEqualTo("Seminario web");
        assertThat(page.when()).isEqualTo("miércoles, 30 de junio de 2027, 19:30 – 20:30 CDT (America/Chicago)");
        assertThat(page.month()).as("the local month, not the UTC one").isEqualTo("2027-06");
        assertThat(page.where()).isNull();
        assertThat(page.online()).isTrue();
        assertThat(page.hasRegistration()).isFalse();
        assertThat(page.onlyInLabel()).isEqualTo("Solo en inglés");
        assertThat(page.programs()).singleElement().isEqualTo(new EventPageDto.ProgramDto("NEP-HEAT", "Calor"));
        assertThat(page.past()).isFalse();
        assertThat(SPANISH.event(view, OffsetDateTime.parse("2027-07-02T00:00:00Z")).past()).isTrue();
    }

    @Test
    void theTrainingPageLabelsItsFormatAndDuration() {
        TrainingView view = new TrainingView(ContentContract.VERSION, "t1", "alliance-1", "Roofers Alliance", "OSHA", "Fall protection",
                null, List.of("falls"), List.of("roofers"), List.of("es"), "TRAIN_THE_TRAINER", 150, "NRCA", "Ana", "ana@nrca.example",
                "https://t.example", List.of(), "PUBLISHED", OffsetDateTime.parse("2026-11-20T10:00:00Z"), 1);
        TrainingPageDto english = ENGLISH.training(view);
        assertThat(english.formatLabel()).isEqualTo("Train-the-trainer");
        assertThat(english.duration()).isEqualTo("2 hours 30 minutes");
        assertThat(english.onlyInLabel()).isEqualTo("Only in Spanish");
        assertThat(english.hasLink()).isTrue();
        assertThat(SPANISH.training(view).duration()).isEqualTo("2 horas 30 minutos");
        assertThat(SPANISH.duration(60)).isEqualTo("1 hora");
        assertThat(ENGLISH.duration(45)).isEqualTo("45 minutes");
        assertThat(ENGLISH.duration(null)).isNull();
    }

    @Test
    void theCalendarPutsEachEventOnItsLocalDayAndMarksToday() {
        // 19:00 on 8 December in Chicago is 01:00 on the 9th in UTC; a three-day exhibit; an event of November's last evening
        List<ActivityResults.Hit> events = List.of(
                event("evening", "2026-12-09T01:00:00Z", "2026-12-09T03:00:00Z", "America/Chicago", List.of("en")),
                event("expo", "2026-12-14T15:00:00Z", "2026-12-16T23:00:00Z", "America/Chicago", List.of("es")),
                event("november", "2026-12-01T02:00:00Z", "2026-12-01T04:00:00Z", "America/Chicago", List.of("es")));
        CalendarDto calendar = ENGLISH.calendar(ActivityCriteria.from(Map.of(), "en"), YearMonth.of(2026, 12), LocalDate.of(2026, 12, 8),
                events, false, Map.of());

        assertThat(calendar.caption()).isEqualTo("December 2026");
        assertThat(calendar.weekdays()).first().isEqualTo(new CalendarDto.WeekdayDto("Sun", "Sunday"));
        CalendarDto.DayDto eighth = calendar.weeks().get(1).days().get(2);
        assertThat(eighth.date()).isEqualTo("2026-12-08");
        assertThat(eighth.today()).isTrue();
        assertThat(eighth.fullLabel()).isEqualTo("Tuesday, December 8, 2026");
        assertThat(eighth.events()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("evening");
            assertThat(entry.time()).isEqualTo("7:00 PM CST");
        });
        assertThat(calendar.daysWithEvents()).extracting(CalendarDto.DayDto::date)
                .containsExactly("2026-12-08", "2026-12-14", "2026-12-15", "2026-12-16");
        assertThat(calendar.daysWithEvents().get(2).events().get(0).time()).as("only the first day shows the start").isNull();
        assertThat(calendar.weeks().get(0).days().get(1).events()).as("30 November is not this month's").isEmpty();
        assertThat(calendar.eventCount()).isEqualTo(2);
        assertThat(calendar.previousQuery()).isEqualTo("?lang=en&month=2026-11");
        assertThat(calendar.nextQuery()).isEqualTo("?lang=en&month=2027-01");
        assertThat(calendar.listViewQuery()).isEqualTo("?lang=en&month=2026-12&view=list");
        assertThat(calendar.icsQuery()).isEqualTo("?lang=en&month=2026-12");

        CalendarDto spanish = SPANISH.calendar(ActivityCriteria.from(Map.of(), "es"), YearMonth.of(2026, 12), LocalDate.of(2026, 12, 8),
                events, false, Map.of());
        assertThat(spanish.caption()).isEqualTo("Diciembre de 2026");
        assertThat(spanish.weekdays()).first().as("US calendars start on Sunday in Spanish too").isEqualTo(new CalendarDto.WeekdayDto("Dom", "Domingo"));
        assertThat(spanish.weeks().get(1).days().get(2).fullLabel()).isEqualTo("martes, 8 de diciembre de 2026");
    }

    @Test
    void fileNamesAreAsciiAndShort() {
        assertThat(ActivityAssembler.fileName("Seminario: prevención de caídas", "event")).isEqualTo("seminario-prevencion-de-caidas.ics");
        assertThat(ActivityAssembler.fileName("!!!", "event")).isEqualTo("event.ics");
        assertThat(ActivityAssembler.fileName("word ".repeat(30), "event")).hasSizeLessThanOrEqualTo(64).endsWith("word.ics");
    }
}
