package org.alliancehub.web.interfaces.activity.facade.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.content.ContentContract;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.TrainingView;
import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.web.infrastructure.client.ContentServiceClient;
import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria.Kind;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria.When;
import org.alliancehub.web.interfaces.activity.facade.ActivityFacade;
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto;
import org.alliancehub.web.interfaces.activity.facade.CalendarDto;
import org.alliancehub.web.interfaces.activity.facade.CalendarFileDto;
import org.alliancehub.web.interfaces.activity.facade.EventPageDto;
import org.alliancehub.web.interfaces.activity.facade.TrainingPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Lists and calendars come from the search service (its activities search, which filters and counts);
 * an event's or a training's own page and a single event's file from the content service, the system
 * of record, so that they are right the moment an event is published or changed.
 */
@ApplicationScoped
public class DefaultActivityFacade implements ActivityFacade {

    private static final Logger LOG = TracedLogger.of(DefaultActivityFacade.class);
    static final int PAGE_SIZE = 10;
    /** The search service's largest page. */
    static final int CALENDAR_PAGE_SIZE = 100;
    /** A month or a file holds at most this many events (five pages of search): beyond it, the calendar says so. */
    static final int MAX_CALENDAR_EVENTS = 500;

    @Inject
    SearchServiceClient search;

    @Inject
    ContentServiceClient content;

    Clock clock = Clock.systemUTC();

    @Override
    public ActivityListDto list(ActivityCriteria criteria, Kind defaultKind, Locale locale) {
        Kind kind = criteria.kindOr(defaultKind);
        ActivityResults results = activities(criteria, kind, criteria.whenOr(When.UPCOMING), null, null, criteria.page(), PAGE_SIZE);
        return assembler(locale).list(criteria, defaultKind, results);
    }

    @Override
    public Optional<EventPageDto> event(String id, Locale locale) {
        return publishedEvent(id).map(view -> assembler(locale).event(view, OffsetDateTime.now(clock)));
    }

    @Override
    public Optional<TrainingPageDto> training(String id, Locale locale) {
        return content.find("training " + id, api -> api.training(id))
                .filter(view -> understood(view.contract()) && published(view.state()))
                .map(view -> assembler(locale).training(view));
    }

    @Override
    public CalendarDto calendar(ActivityCriteria criteria, LocalDate today, Locale locale) {
        YearMonth month = criteria.month() != null ? criteria.month() : YearMonth.from(today);
        MonthEvents events = monthEvents(criteria, month);
        return assembler(locale).calendar(criteria, month, today, events.hits(), events.truncated(), events.facets());
    }

    @Override
    public Optional<CalendarFileDto> eventFile(String id, String portalBase, Locale locale) {
        PortalMessages messages = PortalMessages.of(locale);
        return publishedEvent(id).map(view -> new CalendarFileDto(ActivityAssembler.fileName(view.title(), "event"),
                ICalendarAssembler.write(null, List.of(ActivityAssembler.entry(view, eventUrl(portalBase, view.id(), locale),
                        messages.text("activity.online"))), clock.instant()), 1));
    }

    @Override
    public CalendarFileDto calendarFile(ActivityCriteria criteria, String portalBase, Locale locale) {
        PortalMessages messages = PortalMessages.of(locale);
        List<ActivityResults.Hit> hits;
        String name;
        if (criteria.month() != null) {
            YearMonth month = criteria.month();
            hits = monthEvents(criteria, month).hits().stream().filter(hit -> inMonth(hit, month)).toList();
            name = "alliancehub-events-" + ActivityCriteria.monthValue(month);
        } else {
            hits = allPages(page -> activities(criteria, Kind.EVENT, When.UPCOMING, null, null, page, CALENDAR_PAGE_SIZE)).hits();
            name = "alliancehub-upcoming-events";
        }
        List<ICalendarAssembler.Entry> entries = new ArrayList<>();
        for (ActivityResults.Hit hit : hits) {
            if (hit.startsAt() != null && hit.endsAt() != null) {
                entries.add(ActivityAssembler.entry(hit, eventUrl(portalBase, hit.id(), locale), messages.text("activity.online")));
            }
        }
        return new CalendarFileDto(name + ".ics", ICalendarAssembler.write(messages.text("calendar.file.name"), entries, clock.instant()),
                entries.size());
    }

    private Optional<EventView> publishedEvent(String id) {
        return content.find("event " + id, api -> api.event(id))
                .filter(view -> understood(view.contract()) && published(view.state()) && view.startsAt() != null && view.endsAt() != null);
    }

    /** Drafts and withdrawn items are not shown to anonymous callers; should one come back all the same, it is not shown either. */
    private static boolean published(String state) {
        return state == null || "PUBLISHED".equals(state);
    }

    private static boolean understood(String contract) {
        ContentServiceClient.requireUnderstood(contract);
        return true;
    }

    private record MonthEvents(List<ActivityResults.Hit> hits, boolean truncated, Map<String, List<SearchResults.FacetCount>> facets) {
    }

    /**
     * The events that may fall on the month's days on their own clocks. The search service compares
     * days in UTC, and local days run up to 14 hours either side of UTC, so the request spans a day
     * more at each end and the assembler keeps each event on its local days.
     */
    private MonthEvents monthEvents(ActivityCriteria criteria, YearMonth month) {
        LocalDate from = month.atDay(1).minusDays(1);
        LocalDate to = month.atEndOfMonth().plusDays(1);
        ActivityResults all = allPages(page -> activities(criteria, Kind.EVENT, When.ANY, from.toString(), to.toString(), page, CALENDAR_PAGE_SIZE));
        return new MonthEvents(all.hits(), all.total() > all.hits().size(), all.facets());
    }

    private static boolean inMonth(ActivityResults.Hit hit, YearMonth month) {
        if (hit.startsAt() == null) {
            return false;
        }
        return MonthGrid.localDays(EventTimes.local(hit.startsAt(), hit.timeZone()),
                hit.endsAt() == null ? null : EventTimes.local(hit.endsAt(), hit.timeZone())).stream()
                .anyMatch(day -> YearMonth.from(day).equals(month));
    }

    /** Every page up to {@link #MAX_CALENDAR_EVENTS}, as one answer with the first page's facets and the total. */
    private static ActivityResults allPages(java.util.function.IntFunction<ActivityResults> page) {
        ActivityResults first = page.apply(1);
        List<ActivityResults.Hit> hits = new ArrayList<>(first.hits() == null ? List.of() : first.hits());
        Map<String, ActivityResults.Hit> unique = new LinkedHashMap<>();
        int pages = (int) Math.min((first.total() + CALENDAR_PAGE_SIZE - 1) / CALENDAR_PAGE_SIZE, MAX_CALENDAR_EVENTS / CALENDAR_PAGE_SIZE);
        for (int number = 2; number <= pages; number++) {
            ActivityResults next = page.apply(number);
            if (next.hits() == null || next.hits().isEmpty()) {
                break;
            }
            hits.addAll(next.hits());
        }
        // an event published while the pages were read may shift one into the next page: once each
        hits.forEach(hit -> unique.putIfAbsent(hit.id(), hit));
        return ActivityResults.of(first.query(), first.total(), 1, unique.size(), List.copyOf(unique.values()), first.facets(),
                first.crossLanguageTerms());
    }

    private ActivityResults activities(ActivityCriteria c, Kind kind, When when, String from, String to, int page, int size) {
        ActivityResults results;
        try {
            results = search.api().activities(null, c.language(), kind == Kind.ALL ? null : kind.name(), c.offeredIn(), c.topic(),
                    c.program(), c.alliance(), when.name().toLowerCase(Locale.ROOT), from, to, "date", page, size);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                // the criteria were checked here first; a value the search service still refuses matches nothing
                LOG.fine(() -> "Search refused " + c.queryString() + ": " + e.getMessage());
                return ActivityResults.empty(null, page, size);
            }
            throw new ServiceUnavailable("The search service answered " + e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            throw new ServiceUnavailable("The search service could not be asked: " + e.getMessage(), e);
        }
        if (!SearchContract.understands(results.contract())) {
            String message = "The search service answers activities under contract " + results.contract() + "; this portal reads "
                    + SearchContract.VERSION + ": upgrade the portal";
            LOG.warning(message);
            throw new ServiceUnavailable(message, null);
        }
        return results;
    }

    /** The event's page on the portal, absolute: the URL a calendar shows with the event. */
    static String eventUrl(String portalBase, String id, Locale locale) {
        String base = portalBase.endsWith("/") ? portalBase.substring(0, portalBase.length() - 1) : portalBase;
        return base + "/event?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&lang=" + locale.getLanguage();
    }

    ActivityAssembler assembler(Locale locale) {
        return new ActivityAssembler(PortalMessages.of(locale));
    }
}
