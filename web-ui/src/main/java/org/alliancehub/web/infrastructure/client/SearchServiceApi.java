package org.alliancehub.web.infrastructure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.search.RelatedMaterials;
import org.alliancehub.contracts.search.SearchResults;

/**
 * The search service's API, as a MicroProfile REST Client answering the contracts module's records;
 * built in {@link SearchServiceClient}. A null parameter is left out of the request.
 */
public interface SearchServiceApi {

    /** Materials; every filter is optional (see the search service's OpenAPI for their values). */
    @GET
    @Path("/api/search")
    @Produces(MediaType.APPLICATION_JSON)
    SearchResults search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                         @QueryParam("language") String language, @QueryParam("type") String type,
                         @QueryParam("topic") String topic, @QueryParam("industry") String industry,
                         @QueryParam("audience") String audience, @QueryParam("program") String program,
                         @QueryParam("alliance") String alliance, @QueryParam("agency") String agency,
                         @QueryParam("published") String published, @QueryParam("from") String from,
                         @QueryParam("sort") String sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** A material's versions and the materials most like it; 404 when the index does not hold it. */
    @GET
    @Path("/api/materials/{id}/related")
    @Produces(MediaType.APPLICATION_JSON)
    RelatedMaterials related(@PathParam("id") String materialId, @QueryParam("lang") String lang, @QueryParam("size") Integer size);
}
