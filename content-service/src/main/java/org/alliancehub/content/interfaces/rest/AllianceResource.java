package org.alliancehub.content.interfaces.rest;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.content.application.AllianceService;
import org.alliancehub.content.application.AllianceView;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.Participant;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("alliances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllianceResource {

    @Inject
    AllianceService alliances;

    @Inject
    ValidatedBody validated;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Alliances, by name")
    public Pages.PageView<AllianceView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.view(alliances.list(Pages.request(page, size)).map(AllianceView::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alliance")
    public Response get(@PathParam("id") String id) {
        Alliance alliance = alliances.get(id);
        return Response.ok(AllianceView.of(alliance)).tag(new EntityTag(Long.toString(alliance.version()))).build();
    }

    @POST
    @Operation(summary = "Record a signed alliance")
    public Response create(Requests.AllianceRequest body) {
        Requests.AllianceRequest request = validated.check(body);
        Alliance alliance = alliances.create(new AllianceService.NewAlliance(request.name, request.agency,
                request.level, request.regionOrOffice, request.signedOn,
                request.participants.stream().map(p -> new Participant(p.name, p.type)).toList()));
        URI location = uriInfo.getAbsolutePathBuilder().path(alliance.id()).build();
        return Response.created(location).entity(AllianceView.of(alliance)).build();
    }
}
