package org.alliancehub.content.interfaces.rest;


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

import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.content.application.OrganizationService;
import org.alliancehub.content.application.OrganizationService.OrganizationDetails;
import org.alliancehub.content.application.PublicViews;
import org.alliancehub.contracts.content.OrganizationView;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource extends EditingResource {

    @Inject
    OrganizationService organizations;

    @GET
    @Operation(summary = "Participant organizations, by name; optionally those whose name contains 'name' (any case) or of one type")
    public ContentPage<OrganizationView> list(@QueryParam("name") String name, @QueryParam("type") String type,
                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        var filter = new org.alliancehub.domain.model.organization.OrganizationRepository.Filter(
                Pages.searchText("name", name), QueryParameters.choice("type", type, org.alliancehub.domain.model.organization.OrganizationType.class));
        return Pages.view(organizations.list(filter, Pages.request(page, size)).map(PublicViews::organization));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return tagged(organizations.get(id));
    }

    private static Response tagged(Organization organization) {
        return tagged(PublicViews.organization(organization), organization.version());
    }

    @POST
    @Operation(summary = "Record an organization (curator)")
    public Response create(Requests.OrganizationRequest body) {
        Requests.OrganizationRequest r = validated.check(body);
        Organization organization = organizations.create(caller, new OrganizationDetails(r.name, r.type, r.website));
        return created(organization.id(), PublicViews.organization(organization)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an organization that no alliance or account refers to (curator); 409 while anything still refers to it")
    public Response delete(@PathParam("id") String id) {
        organizations.delete(caller, id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an organization (curator); If-Match honoured")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Requests.OrganizationRequest body) {
        Requests.OrganizationRequest r = validated.check(body);
        return tagged(organizations.update(caller, id, new OrganizationDetails(r.name, r.type, r.website), IfMatch.version(ifMatch)));
    }
}
