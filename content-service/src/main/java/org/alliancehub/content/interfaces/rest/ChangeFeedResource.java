package org.alliancehub.content.interfaces.rest;

import java.io.StringReader;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.content.application.ChangeFeed;
import org.alliancehub.contracts.feed.ChangeEntry;
import org.alliancehub.contracts.feed.ChangeFeedPage;
import org.alliancehub.contracts.feed.FeedContract;
import org.alliancehub.problem.Problem;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The change feed the search service follows: public changes in commit order, as the contracts
 * module's {@link ChangeFeedPage}. It carries only what is public anyway, so reading it needs no account.
 */
@Path("changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    /** Looked up once: each Json.create… call would search the class path for a provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MAX_LIMIT = 1000;

    @Inject
    ChangeFeed feed;

    @GET
    @Operation(summary = "Changes after a sequence number, oldest first, with the public document of upserts (contract version "
            + FeedContract.VERSION + ")")
    public ChangeFeedPage changes(@QueryParam("after") String afterParameter, @QueryParam("limit") String limitParameter) {
        long from = QueryParameters.wholeNumber("after", afterParameter, 0);
        long max = QueryParameters.wholeNumber("limit", limitParameter, 100);
        if (from < 0) {
            throw new WebApplicationException(Problem.invalidField("after", "after is a sequence number, 0 or more.").toResponse());
        }
        if (max < 1 || max > MAX_LIMIT) {
            throw new WebApplicationException(Problem.invalidField("limit", "limit is between 1 and " + MAX_LIMIT + ".").toResponse());
        }
        List<ChangeFeed.Change> changes = feed.after(from, (int) max);
        List<ChangeEntry> entries = changes.stream()
                .map(c -> new ChangeEntry(FeedContract.VERSION, c.seq(), c.kind(), c.id(), c.action().name().toLowerCase(), c.at(),
                        document(c.data())))
                .toList();
        long last = changes.isEmpty() ? from : changes.get(changes.size() - 1).seq();
        return new ChangeFeedPage(entries, last, feed.head());
    }

    private static JsonObject document(String data) {
        if (data == null) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            return reader.readObject();
        }
    }
}
