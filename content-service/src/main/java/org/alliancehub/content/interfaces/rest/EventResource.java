package org.alliancehub.content.interfaces.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.content.application.EventCatalog;
import org.alliancehub.content.application.PublicViews;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.shared.PlausibleDates;
import org.alliancehub.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource extends ActivityResource<Event, Event.Details> {

    @Inject
    EventCatalog events;

    @Override
    EventCatalog catalog() {
        return events;
    }

    @Override
    Object view(Event event) {
        return PublicViews.event(event);
    }

    @GET
    @Operation(summary = "Published seminars and events not yet over (or over after 'after'), soonest first. With state "
            + "(DRAFT, PUBLISHED, WITHDRAWN): the caller's work list, of the alliances a partner acts for (staff: all), past ones included")
    public ContentPage<EventView> list(@QueryParam("alliance") String alliance, @QueryParam("language") String language,
                                          @QueryParam("after") String after, @QueryParam("state") String state,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
        return workList(state, alliance, language, page, size, PublicViews::event)
                .orElseGet(() -> Pages.view(events.published(alliance, language, after(after), Pages.request(page, size)).map(PublicViews::event)));
    }

    /** Events not over by then; now when not given. */
    private static OffsetDateTime after(String after) {
        OffsetDateTime from;
        try {
            from = after == null || after.isBlank() ? OffsetDateTime.now(ZoneOffset.UTC) : OffsetDateTime.parse(after.strip());
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.invalidField("after", "after is a date and time with offset, e.g. 2027-01-01T00:00Z.").toResponse());
        }
        if (!PlausibleDates.contains(from)) {
            throw new WebApplicationException(Problem.invalidField("after", "after is " + PlausibleDates.RULE + ".").toResponse());
        }
        return from;
    }

    @POST
    @Operation(summary = "Draft a seminar or event (partner of the alliance, curator); times are local to timeZone")
    public Response create(Requests.EventRequest body) {
        Requests.EventRequest r = validated.check(body);
        return created(events.create(caller, r.allianceId, r.details(), r.emphasisPrograms));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft event (partner of the alliance, curator); If-Match honoured")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Requests.EventRequest body) {
        Requests.EventRequest r = validated.check(body);
        return tagged(events.update(caller, id, r.details(), r.emphasisPrograms, IfMatch.version(ifMatch)));
    }
}
