package org.alliancehub.content.interfaces.rest;

import java.io.StringReader;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.content.application.ChangeFeed;
import org.alliancehub.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The change feed the search service follows: public changes in commit order. It carries only
 * what is public anyway, so reading it needs no account.
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
    @Operation(summary = "Changes after a sequence number, oldest first, with the public representation of upserts")
    public JsonObject changes(@QueryParam("after") String afterParameter, @QueryParam("limit") String limitParameter) {
        long from = Pages.wholeNumber("after", afterParameter, 0);
        long max = Pages.wholeNumber("limit", limitParameter, 100);
        if (from < 0) {
            throw new WebApplicationException(Problem.invalidField("after", "after is a sequence number, 0 or more.").toResponse());
        }
        if (max < 1 || max > MAX_LIMIT) {
            throw new WebApplicationException(Problem.invalidField("limit", "limit is between 1 and " + MAX_LIMIT + ".").toResponse());
        }
        List<ChangeFeed.Change> changes = feed.after(from, (int) max);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (ChangeFeed.Change change : changes) {
            JsonObjectBuilder item = JSON.createObjectBuilder()
                    .add("seq", change.seq())
                    .add("kind", change.kind())
                    .add("id", change.id())
                    .add("action", change.action().name().toLowerCase())
                    .add("at", change.at().toString());
            if (change.data() != null) {
                try (JsonReader reader = JSON.createReader(new StringReader(change.data()))) {
                    item.add("data", reader.readObject());
                }
            }
            items.add(item);
        }
        long last = changes.isEmpty() ? from : changes.get(changes.size() - 1).seq();
        return JSON.createObjectBuilder()
                .add("changes", items)
                .add("next", last)
                .add("head", feed.head())
                .build();
    }
}
