package org.alliancehub.search.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.alliancehub.problem.Problem;
import org.alliancehub.search.application.ChangeIndexer;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

    @Inject
    ChangeIndexer indexer;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The live index, how far it follows the change feed, and any rebuild in progress")
    public ChangeIndexer.Status status() {
        return indexer.status();
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Builds a new index from the change feed while the live one keeps serving, then swaps (admin)")
    public Response rebuild() {
        if (security.getUserPrincipal() == null) {
            return Problem.unauthorizedResponse("Rebuilding the index takes an admin's token.");
        }
        if (!security.isUserInRole("admin")) {
            return Problem.forbidden("Only admins rebuild the index.").toResponse();
        }
        return Response.accepted(indexer.rebuild()).build();
    }
}
