package org.alliancehub.web.infrastructure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.search.QueryReport;

/**
 * The search service's analytics as staff read them, with the signed-in curator's token; built in
 * {@link SearchServiceClient}. Null parameters are left out (the service's defaults).
 */
public interface SearchAnalyticsApi {

    @GET
    @Path("/api/analytics/queries")
    @Produces(MediaType.APPLICATION_JSON)
    QueryReport queries(@HeaderParam("Authorization") String authorization, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("lang") String lang, @QueryParam("program") String program,
                        @QueryParam("limit") Integer limit);

    /** A reader opened {@code material} from the search for {@code q}: counted without saying who. */
    @POST
    @Path("/api/analytics/opened")
    void opened(@QueryParam("q") String q, @QueryParam("lang") String lang, @QueryParam("program") String program,
                @QueryParam("material") String material);
}
