package org.alliancehub.web.infrastructure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.content.PublicMaterial;

/** The content service's public API, as a MicroProfile REST Client answering the contracts module's records. */
public interface ContentServiceApi {

    /** A published material as anyone may see it; 404 when it is unknown, withdrawn or not yet published. */
    @GET
    @Path("/api/materials/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    PublicMaterial material(@PathParam("id") String id);
}
