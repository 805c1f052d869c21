package org.alliancehub.search.infrastructure.feed;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The content service's change feed, as a MicroProfile REST Client. */
public interface ContentFeedApi {

    @GET
    @Path("/api/changes")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject changes(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
