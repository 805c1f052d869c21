package org.alliancehub.web.infrastructure.client;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The search service's API, as a MicroProfile REST Client; built in {@link SearchServiceClient}. */
public interface SearchServiceApi {

    @GET
    @Path("/api/search")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                      @QueryParam("page") Integer page, @QueryParam("size") Integer size);
}
