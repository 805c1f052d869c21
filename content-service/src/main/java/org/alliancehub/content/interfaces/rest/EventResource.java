package org.alliancehub.content.interfaces.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.content.application.ActivityService;
import org.alliancehub.content.application.ActivityViews.EventView;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.Seminar;
import org.alliancehub.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    ActivityService activities;

    @Inject
    Caller caller;

    @Inject
    ValidatedBody validated;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Published seminars and events not yet over (or over after 'after'), soonest first. With state "
            + "(DRAFT, PUBLISHED, WITHDRAWN): the caller's work list, of the alliances a partner acts for (staff: all), past ones included")
    public Pages.PageView<EventView> list(@QueryParam("alliance") String alliance, @QueryParam("language") String language,
                                          @QueryParam("after") String after, @QueryParam("state") String state,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
        PublicationState inState = EnumParameter.of("state", state, PublicationState.class);
        if (inState != null) {
            return Pages.view(activities.seminarsForWork(caller, inState, alliance, language, Pages.request(page, size)).map(EventView::of));
        }
        OffsetDateTime from;
        try {
            from = after == null || after.isBlank() ? OffsetDateTime.now(ZoneOffset.UTC) : OffsetDateTime.parse(after.strip());
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.invalidField("after", "after is a date and time with offset, e.g. 2027-01-01T00:00Z.").toResponse());
        }
        if (!org.alliancehub.domain.model.shared.PlausibleDates.contains(from)) {
            throw new WebApplicationException(Problem.invalidField("after", "after is " + org.alliancehub.domain.model.shared.PlausibleDates.RULE + ".").toResponse());
        }
        return Pages.view(activities.publishedSeminars(alliance, language, from, Pages.request(page, size)).map(EventView::of));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withTag(activities.seminar(caller, id));
    }

    @POST
    @Operation(summary = "Draft a seminar or event (partner of the alliance, curator); times are local to timeZone")
    public Response create(Requests.EventRequest body) {
        Requests.EventRequest r = validated.check(body);
        Seminar seminar = activities.createSeminar(caller, r.allianceId, r.details(), r.emphasisPrograms);
        URI location = uriInfo.getAbsolutePathBuilder().path(seminar.id()).build();
        return Response.created(location).entity(EventView.of(seminar)).tag(new EntityTag(Long.toString(seminar.version()))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft event (partner of the alliance, curator); If-Match honoured")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Requests.EventRequest body) {
        Requests.EventRequest r = validated.check(body);
        return withTag(activities.updateSeminar(caller, id, r.details(), r.emphasisPrograms, IfMatch.version(ifMatch)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft event (partner of the alliance, curator); a published one is withdrawn instead")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        activities.deleteSeminar(caller, id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish an event (curator)")
    public Response publish(@PathParam("id") String id, String body) {
        return withTag(activities.stepSeminar(caller, id, ActivityService.Step.PUBLISH, StepComment.of(body)));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a published event (curator)")
    public Response withdraw(@PathParam("id") String id, String body) {
        return withTag(activities.stepSeminar(caller, id, ActivityService.Step.WITHDRAW, StepComment.of(body)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every publication step of the event: from, to, who, when, comment (its partners and staff)")
    public java.util.List<org.alliancehub.content.application.HistoryEntry> history(@PathParam("id") String id) {
        return activities.seminarHistory(caller, id);
    }

    private static Response withTag(Seminar seminar) {
        return Response.ok(EventView.of(seminar)).tag(new EntityTag(Long.toString(seminar.version()))).build();
    }
}
