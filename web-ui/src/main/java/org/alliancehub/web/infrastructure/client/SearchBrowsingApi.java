package org.alliancehub.web.infrastructure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.search.SearchResults;

/**
 * The search service's listing of published materials without search words, as the feeds and the
 * site map read it; built in {@link SearchServiceClient} beside {@link SearchServiceApi}.
 */
public interface SearchBrowsingApi {

    /**
     * Materials in {@code sort} order ({@code newest}, {@code title}), each once (in {@code lang}
     * when it has that version), narrowed to versions in {@code language}, to materials supporting
     * the emphasis program {@code program} or published by the alliance {@code alliance}; null
     * leaves a filter out.
     */
    @GET
    @Path("/api/search")
    @Produces(MediaType.APPLICATION_JSON)
    SearchResults browse(@QueryParam("sort") String sort, @QueryParam("lang") String lang, @QueryParam("language") String language,
                         @QueryParam("program") String program, @QueryParam("alliance") String alliance,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size);
}
