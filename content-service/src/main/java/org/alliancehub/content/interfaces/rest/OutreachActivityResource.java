package org.alliancehub.content.interfaces.rest;

import java.time.LocalDate;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.alliancehub.content.application.OutreachActivityView;
import org.alliancehub.content.application.OutreachService;
import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.domain.model.outreach.OutreachActivity;
import org.alliancehub.domain.model.outreach.OutreachKind;
import org.alliancehub.domain.model.shared.PlausibleDates;
import org.alliancehub.problem.InvalidParameter;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The outreach activities partners report for the annual evaluation: never public, never on the change feed. */
@Path("outreach-activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutreachActivityResource extends EditingResource {

    @Inject
    OutreachService outreach;

    @GET
    @Operation(summary = "Outreach activities, newest date first, of the alliances a partner acts for (staff: all); "
            + "filter by alliance, kind and the days from and to (inclusive)")
    public ContentPage<OutreachActivityView> list(@QueryParam("alliance") String alliance, @QueryParam("kind") String kind,
                                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        OutreachService.Criteria criteria = criteria(alliance, QueryParameters.choice("kind", kind, OutreachKind.class), from, to);
        return Pages.view(outreach.list(caller, criteria, Pages.request(page, size)).map(OutreachActivityView::of));
    }

    @GET
    @Path("summary")
    @Operation(summary = "Activities and people reached per kind and in all, of the alliances a partner acts for (staff: all); "
            + "filter by alliance and the days from and to (inclusive), e.g. a fiscal year")
    public OutreachService.Summary summary(@QueryParam("alliance") String alliance, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
        return outreach.summarize(caller, criteria(alliance, null, from, to));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One outreach activity (partner of the alliance, staff), with its version as ETag")
    public Response get(@PathParam("id") String id) {
        return tagged(outreach.get(caller, id));
    }

    @POST
    @Operation(summary = "Report an outreach activity of an alliance (partner of the alliance, staff): kind, day, language, "
            + "audience, people reached, description")
    public Response create(Requests.OutreachActivityRequest body) {
        Requests.OutreachActivityRequest r = validated.check(body);
        OutreachActivity activity = outreach.report(caller, r.allianceId, r.report());
        return created(activity.id(), OutreachActivityView.of(activity)).tag(etag(activity.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct an outreach activity (partner of the alliance, staff); If-Match honoured")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Requests.OutreachActivityRequest body) {
        Requests.OutreachActivityRequest r = validated.check(body);
        return tagged(outreach.revise(caller, id, r.allianceId, r.report(), IfMatch.version(ifMatch)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an outreach activity reported by mistake (partner of the alliance, staff); If-Match honoured")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        outreach.delete(caller, id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    private static Response tagged(OutreachActivity activity) {
        return tagged(OutreachActivityView.of(activity), activity.version());
    }

    private static OutreachService.Criteria criteria(String alliance, OutreachKind kind, String from, String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new InvalidParameter("from", "from is on or before to.");
        }
        return new OutreachService.Criteria(Pages.searchText("alliance", alliance), kind, first, last);
    }

    private static LocalDate day(String name, String value) {
        LocalDate day = QueryParameters.date(name, value);
        if (!PlausibleDates.contains(day)) {
            throw new InvalidParameter(name, name + " is " + PlausibleDates.RULE + ".");
        }
        return day;
    }
}
