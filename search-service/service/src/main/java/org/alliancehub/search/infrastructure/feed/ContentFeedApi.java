package org.alliancehub.search.infrastructure.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.contracts.feed.ChangeFeedPage;

/** The content service's change feed, as a MicroProfile REST Client, read as the contracts module's records. */
public interface ContentFeedApi {

    @GET
    @Path("/api/changes")
    @Produces(MediaType.APPLICATION_JSON)
    ChangeFeedPage changes(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
