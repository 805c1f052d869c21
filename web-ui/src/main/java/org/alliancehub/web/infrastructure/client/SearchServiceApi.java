package org.alliancehub.web.infrastructure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.search.RelatedMaterials;
import org.alliancehub.contracts.search.SearchResults;

/** The search service's API, as a MicroProfile REST Client answering the contracts module's records; built in {@link SearchServiceClient}. */
public interface SearchServiceApi {

    @GET
    @Path("/api/search")
    @Produces(MediaType.APPLICATION_JSON)
    SearchResults search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                      @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** A material's versions and the materials most like it; 404 when the index does not hold it. */
    @GET
    @Path("/api/materials/{id}/related")
    @Produces(MediaType.APPLICATION_JSON)
    RelatedMaterials related(@PathParam("id") String materialId, @QueryParam("lang") String lang, @QueryParam("size") Integer size);
}
