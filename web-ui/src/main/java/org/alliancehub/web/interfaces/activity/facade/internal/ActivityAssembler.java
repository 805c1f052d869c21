package org.alliancehub.web.interfaces.activity.facade.internal;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.TrainingView;
import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria.Kind;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria.When;
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto;
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto.ChoiceDto;
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto.FilterDto;
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto.ItemDto;
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto.OptionDto;
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto.SelectedFilterDto;
import org.alliancehub.web.interfaces.activity.facade.CalendarDto;
import org.alliancehub.web.interfaces.activity.facade.CalendarDto.DayDto;
import org.alliancehub.web.interfaces.activity.facade.CalendarDto.EntryDto;
import org.alliancehub.web.interfaces.activity.facade.EventPageDto;
import org.alliancehub.web.interfaces.activity.facade.TrainingPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;

/**
 * Turns the search service's activity hits and the content service's event and training views into
 * the pages' DTOs, labelled in the reader's language. Language fallback: nothing is left out for not
 * being offered in the reader's language; such an item is marked "Only in English" ("Solo en inglés").
 */
final class ActivityAssembler {

    /** Characters of a description shown in a list before it is cut at a word. */
    static final int SUMMARY_LENGTH = 220;
    /** The filters offered as lists of values: the search service counts these over every match. */
    static final List<String> FORM_FILTERS = List.of("language", "topic");
    /** Filters read from the address (links from alliance and program pages), shown removable. */
    static final List<String> ALL_FILTERS = List.of("language", "topic", "program", "alliance");

    private final PortalMessages messages;

    ActivityAssembler(PortalMessages messages) {
        this.messages = messages;
    }

    private Locale locale() {
        return messages.locale();
    }

    ActivityListDto list(ActivityCriteria criteria, Kind defaultKind, ActivityResults results) {
        long pages = results.size() == 0 ? 0 : (results.total() + results.size() - 1) / results.size();
        Map<String, List<SearchResults.FacetCount>> facets = results.facets() == null ? Map.of() : results.facets();
        List<ChoiceDto> kinds = new ArrayList<>();
        if (defaultKind != Kind.TRAINING) {
            // the events list may take trainings in; the trainings list is trainings only
            Kind current = criteria.kindOr(defaultKind);
            for (Kind kind : List.of(Kind.EVENT, Kind.ALL)) {
                kinds.add(new ChoiceDto(messages.text("activity.show." + kind), criteria.withKind(kind == defaultKind ? null : kind).queryString(),
                        kind == current));
            }
        }
        List<ChoiceDto> whens = new ArrayList<>();
        When when = criteria.whenOr(When.UPCOMING);
        for (When choice : When.values()) {
            whens.add(new ChoiceDto(messages.text("activity.when." + choice), criteria.withWhen(choice == When.UPCOMING ? null : choice).queryString(),
                    choice == when));
        }
        List<ItemDto> items = results.hits() == null ? List.of() : results.hits().stream().map(this::item).toList();
        return new ActivityListDto(criteria, results.total(), criteria.page(), pages, items, formFilters(criteria, facets),
                selected(criteria, allianceNames(results.hits())), kinds, whens);
    }

    ItemDto item(ActivityResults.Hit hit) {
        boolean event = ActivityResults.Hit.EVENT.equals(hit.kind());
        String when = event && hit.startsAt() != null ? EventTimes.span(hit.startsAt(), hit.endsAt(), hit.timeZone(), locale()) : null;
        String where = event ? where(hit.place(), hit.onlineLink() != null) : null;
        String type = event ? label("event.kind", hit.eventKind()) : label("training.format", hit.format());
        return new ItemDto(hit.id(), hit.kind(), event ? "/event" : "/training", hit.title(), summary(hit.description()), type, when,
                event && hit.startsAt() != null ? hit.startsAt().toString() : null, where, String.join(", ", languageNames(hit.languages())),
                onlyIn(hit.languages()), hit.allianceId(), hit.allianceName());
    }

    /** The place, "Online", or both ("Houston · Online"). */
    private String where(String place, boolean online) {
        String onlineLabel = online ? messages.text("activity.online") : null;
        if (place == null || place.isBlank()) {
            return onlineLabel;
        }
        return online ? place + " · " + onlineLabel : place;
    }

    private List<FilterDto> formFilters(ActivityCriteria criteria, Map<String, List<SearchResults.FacetCount>> facets) {
        List<FilterDto> filters = new ArrayList<>();
        for (String name : FORM_FILTERS) {
            String selected = criteria.filter(name);
            List<OptionDto> options = new ArrayList<>();
            boolean selectedListed = false;
            for (SearchResults.FacetCount count : facets.getOrDefault(name, List.of())) {
                boolean isSelected = count.value().equalsIgnoreCase(selected == null ? "" : selected);
                selectedListed |= isSelected;
                options.add(new OptionDto(count.value(), valueLabel(name, count.value()), count.count(), isSelected));
            }
            if (selected != null && !selectedListed) {
                options.add(0, new OptionDto(selected, valueLabel(name, selected), 0, true));
            }
            if (!options.isEmpty()) {
                filters.add(new FilterDto(name, messages.text("activity.filter." + name), options));
            }
        }
        return filters;
    }

    private List<SelectedFilterDto> selected(ActivityCriteria criteria, Map<String, String> allianceNames) {
        List<SelectedFilterDto> selected = new ArrayList<>();
        for (String name : ALL_FILTERS) {
            String value = criteria.filter(name);
            if (value == null) {
                continue;
            }
            String label = "alliance".equals(name) ? allianceNames.getOrDefault(value, value) : valueLabel(name, value);
            String heading = messages.text("activity.filter." + name);
            selected.add(new SelectedFilterDto(name, value, heading, label, criteria.withFilter(name, null).queryString(),
                    messages.format("filter.remove", heading, label)));
        }
        return selected;
    }

    private String valueLabel(String filter, String value) {
        return "language".equals(filter) ? messages.languageName(value) : value;
    }

    EventPageDto event(EventView view, OffsetDateTime now) {
        String when = view.startsAt() == null ? null : EventTimes.span(view.startsAt(), view.endsAt(), view.timeZone(), locale());
        boolean online = present(view.onlineLink());
        return new EventPageDto(view.id(), view.title(), label("event.kind", view.kind()), view.description(), when,
                view.startsAt() == null ? null : view.startsAt().toString(), view.endsAt() == null ? null : view.endsAt().toString(),
                view.timeZone(), present(view.place()) ? view.place() : null, online, present(view.registrationLink()),
                languageNames(view.languages()), onlyIn(view.languages()), view.allianceId(), view.allianceName(), view.agency(),
                programs(view.emphasisPrograms()), view.endsAt() != null && !view.endsAt().isAfter(now),
                view.startsAt() == null ? null : ActivityCriteria.monthValue(YearMonth.from(EventTimes.local(view.startsAt(), view.timeZone()))));
    }

    TrainingPageDto training(TrainingView view) {
        return new TrainingPageDto(view.id(), view.title(), view.description(), label("training.format", view.format()),
                duration(view.durationMinutes()), view.provider(), languageNames(view.languages()), onlyIn(view.languages()),
                orEmpty(view.topics()), orEmpty(view.audiences()), view.allianceId(), view.allianceName(), view.agency(),
                programs(view.emphasisPrograms()), present(view.link()), view.contactName(), view.contactEmail());
    }

    private List<EventPageDto.ProgramDto> programs(List<EmphasisProgramView> programs) {
        boolean spanish = "es".equals(locale().getLanguage());
        return orEmpty(programs).stream().map(p -> new EventPageDto.ProgramDto(p.code(),
                spanish && present(p.nameSpanish()) ? p.nameSpanish() : present(p.nameEnglish()) ? p.nameEnglish() : p.code())).toList();
    }

    /** "2 hours 30 minutes", "45 minutos"; null when not said. */
    String duration(Integer minutes) {
        if (minutes == null || minutes <= 0) {
            return null;
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (hours > 0) {
            parts.add(messages.format("training.duration.hours", hours));
        }
        if (rest > 0) {
            parts.add(messages.format("training.duration.minutes", rest));
        }
        return String.join(" ", parts);
    }

    /**
     * The month's grid with each event on the local days it takes place, on its own clocks; the days
     * with events in order for the list view.
     */
    CalendarDto calendar(ActivityCriteria criteria, YearMonth month, LocalDate today, List<ActivityResults.Hit> events, boolean truncated,
                         Map<String, List<SearchResults.FacetCount>> facets) {
        DayOfWeek firstDay = WeekFields.of(weekLocale()).getFirstDayOfWeek();
        MonthGrid grid = MonthGrid.of(month, firstDay);
        Map<LocalDate, List<EntryDto>> byDay = new LinkedHashMap<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (ActivityResults.Hit hit : events) {
            if (hit.startsAt() == null) {
                continue;
            }
            ZonedDateTime start = EventTimes.local(hit.startsAt(), hit.timeZone());
            ZonedDateTime end = hit.endsAt() == null ? null : EventTimes.local(hit.endsAt(), hit.timeZone());
            List<LocalDate> days = MonthGrid.localDays(start, end);
            for (LocalDate day : days) {
                if (!YearMonth.from(day).equals(month)) {
                    continue;
                }
                boolean first = day.equals(days.get(0));
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new EntryDto(hit.id(), hit.title(),
                        first ? EventTimes.startTime(hit.startsAt(), hit.timeZone(), locale()) : null,
                        label("event.kind", hit.eventKind()), onlyIn(hit.languages())));
                shown.add(hit.id());
            }
        }
        List<CalendarDto.WeekDto> weeks = new ArrayList<>();
        List<DayDto> daysWithEvents = new ArrayList<>();
        for (List<LocalDate> week : grid.weeks()) {
            List<DayDto> days = new ArrayList<>();
            for (LocalDate date : week) {
                boolean inMonth = YearMonth.from(date).equals(month);
                DayDto day = new DayDto(date.toString(), date.getDayOfMonth(), EventTimes.date(date, locale()), inMonth, date.equals(today),
                        inMonth ? List.copyOf(byDay.getOrDefault(date, List.of())) : List.of());
                days.add(day);
                if (day.hasEvents()) {
                    daysWithEvents.add(day);
                }
            }
            weeks.add(new CalendarDto.WeekDto(List.copyOf(days)));
        }
        List<CalendarDto.WeekdayDto> weekdays = grid.weekdays().stream().map(d -> new CalendarDto.WeekdayDto(
                capitalized(d.getDisplayName(TextStyle.SHORT, locale())), capitalized(d.getDisplayName(TextStyle.FULL, locale())))).toList();
        ActivityCriteria inMonth = criteria.atMonth(month);
        YearMonth previous = month.minusMonths(1);
        YearMonth next = month.plusMonths(1);
        return new CalendarDto(inMonth, monthName(month), ActivityCriteria.monthValue(month), weekdays, weeks, daysWithEvents, shown.size(),
                truncated, previous.getYear() >= 1900 ? inMonth.atMonth(previous).queryString() : null, monthName(previous),
                next.getYear() <= 9999 ? inMonth.atMonth(next).queryString() : null, monthName(next),
                inMonth.inView(null).queryString(), inMonth.inView(ActivityCriteria.View.LIST).queryString(),
                inMonth.inView(null).queryString(), formFilters(inMonth, facets), selected(inMonth, allianceNames(events)));
    }

    /** The alliances' names by id, as the hits carry them: a filter in force by alliance is named, not shown as an id. */
    private static Map<String, String> allianceNames(List<ActivityResults.Hit> hits) {
        Map<String, String> names = new java.util.HashMap<>();
        for (ActivityResults.Hit hit : hits == null ? List.<ActivityResults.Hit>of() : hits) {
            if (hit.allianceId() != null && hit.allianceName() != null) {
                names.putIfAbsent(hit.allianceId(), hit.allianceName());
            }
        }
        return names;
    }

    /**
     * The week's first day of the readers' wall calendars: the portal's readers are workers and employers
     * in the United States, whose calendars start on Sunday in English and in Spanish (es-US) alike.
     */
    private Locale weekLocale() {
        return new Locale(locale().getLanguage(), "US");
    }

    /** "December 2026", "Diciembre de 2026". */
    String monthName(YearMonth month) {
        String pattern = "es".equals(locale().getLanguage()) ? "LLLL 'de' uuuu" : "LLLL uuuu";
        return capitalized(DateTimeFormatter.ofPattern(pattern, locale()).format(month));
    }

    private String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale()) + text.substring(1);
    }

    /** The iCalendar entry of an event from the content service (the single event's file). */
    static ICalendarAssembler.Entry entry(EventView view, String eventUrl, String onlineLabel) {
        return new ICalendarAssembler.Entry(view.id(), view.title(), description(view.description(), eventUrl),
                location(view.place(), present(view.onlineLink()), onlineLabel), eventUrl,
                EventTimes.local(view.startsAt(), view.timeZone()), EventTimes.local(view.endsAt(), view.timeZone()), view.updatedAt());
    }

    /** The iCalendar entry of an event as search found it (a calendar's file). */
    static ICalendarAssembler.Entry entry(ActivityResults.Hit hit, String eventUrl, String onlineLabel) {
        return new ICalendarAssembler.Entry(hit.id(), hit.title(), description(hit.description(), eventUrl),
                location(hit.place(), present(hit.onlineLink()), onlineLabel), eventUrl,
                EventTimes.local(hit.startsAt(), hit.timeZone()), EventTimes.local(hit.endsAt(), hit.timeZone()), null);
    }

    /** The description, then the event's page: calendars that do not show URL still lead back to it (and to its links). */
    private static String description(String description, String eventUrl) {
        return (present(description) ? description.strip() + "\n\n" : "") + eventUrl;
    }

    private static String location(String place, boolean online, String onlineLabel) {
        if (!present(place)) {
            return online ? onlineLabel : null;
        }
        return online ? place + " / " + onlineLabel : place;
    }

    /** A file name readers recognise, ASCII only: "trenching-safety-seminar.ics". */
    static String fileName(String title, String fallback) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (folded.length() > 60) {
            folded = folded.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return (folded.isEmpty() ? fallback : folded) + ".ics";
    }

    /** "Only in English", "Solo en inglés"; null when offered in the reader's language (or when it says no language). */
    String onlyIn(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            return null;
        }
        String reader = locale().getLanguage();
        boolean offered = languages.stream().anyMatch(tag -> tag != null && Locale.forLanguageTag(tag).getLanguage().equals(reader));
        if (offered) {
            return null;
        }
        List<String> names = languages.stream().map(tag -> {
            String name = Locale.forLanguageTag(tag).getDisplayName(locale());
            return name.isEmpty() ? tag : name;
        }).toList();
        return messages.format("activity.only.in", String.join(", ", names));
    }

    private List<String> languageNames(List<String> languages) {
        return orEmpty(languages).stream().map(messages::languageName).toList();
    }

    /** A coded value's label ({@code event.kind.WEBINAR}), the value itself when the bundle has none. */
    private String label(String prefix, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String key = prefix + "." + value;
        return messages.has(key) ? messages.text(key) : value;
    }

    /** The description's start, cut at a word, for a list. */
    static String summary(String description) {
        if (!present(description)) {
            return null;
        }
        String text = description.strip().replaceAll("\\s+", " ");
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + "…";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
