package org.alliancehub.web.interfaces.activity.facade;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What the portal's trainings and events pages ask of the search and content services; the answers
 * are DTOs made for the pages. {@link org.alliancehub.web.infrastructure.client.ServiceUnavailable} when a service cannot answer now (the page says
 * so with a 503); {@link ActivityCriteria.InvalidCriteria} is thrown earlier, when reading the address.
 */
public interface ActivityFacade {

    /** A list page; {@code defaultKind} is the page's (events: EVENT, trainings: TRAINING). */
    ActivityListDto list(ActivityCriteria criteria, ActivityCriteria.Kind defaultKind, Locale locale);

    /** A published event; empty when there is none with that id (unknown, withdrawn, a draft). */
    Optional<EventPageDto> event(String id, Locale locale);

    /** A published training; empty when there is none with that id. */
    Optional<TrainingPageDto> training(String id, Locale locale);

    /** The criteria's month (this month when it has none), with today marked. */
    CalendarDto calendar(ActivityCriteria criteria, LocalDate today, Locale locale);

    /** One published event as an iCalendar file; {@code portalBase} is the portal's absolute address, for URL. */
    Optional<CalendarFileDto> eventFile(String id, String portalBase, Locale locale);

    /** The criteria's month of events (upcoming events when it has no month) as one iCalendar file. */
    CalendarFileDto calendarFile(ActivityCriteria criteria, String portalBase, Locale locale);
}
