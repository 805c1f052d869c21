package org.alliancehub.web.infrastructure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.contracts.search.RelatedMaterials;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.contracts.search.Suggestions;

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
                         @QueryParam("sort") String sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                         @QueryParam("verbatim") Boolean verbatim);

    /**
     * Published trainings and events: by default upcoming events first, soonest first, then trainings.
     * {@code from}/{@code to} (yyyy-mm-dd) keep the events that overlap those days in UTC.
     */
    @GET
    @Path("/api/activities")
    @Produces(MediaType.APPLICATION_JSON)
    ActivityResults activities(@QueryParam("q") String q, @QueryParam("lang") String lang, @QueryParam("kind") String kind,
                               @QueryParam("language") String language, @QueryParam("topic") String topic,
                               @QueryParam("program") String program, @QueryParam("alliance") String alliance,
                               @QueryParam("when") String when, @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("sort") String sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** Completions of what a reader has typed so far: material titles, then glossary terms. */
    @GET
    @Path("/api/suggest")
    @Produces(MediaType.APPLICATION_JSON)
    Suggestions suggest(@QueryParam("q") String prefix, @QueryParam("lang") String lang, @QueryParam("size") Integer size);

    /** A material's versions and the materials most like it; 404 when the index does not hold it. */
    @GET
    @Path("/api/materials/{id}/related")
    @Produces(MediaType.APPLICATION_JSON)
    RelatedMaterials related(@PathParam("id") String materialId, @QueryParam("lang") String lang, @QueryParam("size") Integer size);
}
