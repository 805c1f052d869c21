package org.alliancehub.content.interfaces.rest;

import java.util.List;
import java.util.Locale;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.content.application.AllianceService;
import org.alliancehub.content.application.AllianceService.AllianceDetails;
import org.alliancehub.content.application.PublicViews;
import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.problem.Problem;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("alliances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllianceResource extends EditingResource {

    @Inject
    AllianceService alliances;

    @GET
    @Operation(summary = "Alliances, by name; filter by agency, level, status, participant organization")
    public ContentPage<AllianceView> list(@QueryParam("agency") String agency, @QueryParam("level") String level,
                                             @QueryParam("status") String status, @QueryParam("organization") String organization,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        var filter = new org.alliancehub.domain.model.alliance.AllianceRepository.Filter(
                QueryParameters.choice("agency", agency, org.alliancehub.domain.model.alliance.Agency.class),
                QueryParameters.choice("level", level, org.alliancehub.domain.model.alliance.AllianceLevel.class),
                QueryParameters.choice("status", status, org.alliancehub.domain.model.alliance.AllianceStatus.class),
                organization == null || organization.isBlank() ? null : organization.strip());
        return Pages.view(alliances.list(filter, Pages.request(page, size)).map(PublicViews::alliance));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alliance with participants, signatories, coordinator, team, goals and terms")
    public Response get(@PathParam("id") String id) {
        return withTag(alliances.get(id));
    }

    @POST
    @Operation(summary = "Record a signed alliance (curator)")
    public Response create(Requests.AllianceRequest body) {
        Alliance alliance = alliances.create(caller, details(validated.check(body)));
        return created(alliance.id(), PublicViews.alliance(alliance)).tag(etag(alliance.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an alliance with no materials, trainings, events or outreach activities (curator); 409 while anything still refers to it")
    public Response delete(@PathParam("id") String id) {
        alliances.delete(caller, id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an alliance (curator); send If-Match with the ETag you read to avoid lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           Requests.AllianceRequest body) {
        return withTag(alliances.update(caller, id, details(validated.check(body)), IfMatch.version(ifMatch)));
    }

    @POST
    @Path("{id}/terms")
    @Operation(summary = "Record a renewal, the conclusion, or promotion to Ambassador (curator)")
    public Response terms(@PathParam("id") String id, Requests.TermRequest body) {
        Requests.TermRequest r = validated.check(body);
        AllianceService.TermAction action;
        try {
            action = AllianceService.TermAction.valueOf(r.action.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.invalidField("action",
                    "action is renew, conclude or promote-to-ambassador.").toResponse());
        }
        return withTag(alliances.recordTerm(caller, id, action, r.years, r.on));
    }

    private static AllianceDetails details(Requests.AllianceRequest r) {
        return new AllianceDetails(r.name, r.agency, r.level, r.regionOrOffice, r.signedOn, r.participantIds,
                r.workerInvolvement, r.coordinator == null ? null : r.coordinator.toContact(),
                r.signatories == null ? List.of() : r.signatories.stream().map(Requests.ContactRequest::toContact).toList(),
                r.implementationTeam == null ? List.of() : r.implementationTeam.stream().map(Requests.ContactRequest::toContact).toList(),
                r.goals == null ? List.of() : r.goals.stream().map(Requests.GoalRequest::toGoal).toList());
    }

    private static Response withTag(Alliance alliance) {
        return tagged(PublicViews.alliance(alliance), alliance.version());
    }
}
