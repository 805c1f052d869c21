package org.alliancehub.content.interfaces.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.content.application.Vocabulary;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.problem.Problem;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tags in use, as suggestions for the workspace's classification fields. */
@Path("vocabulary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

    /** No tag is longer (Material's and the trainings' rule). */
    static final int MAX_QUERY = 100;

    @Inject
    Vocabulary vocabulary;

    @Inject
    Caller caller;

    /** The answer: the kind asked for and its values, best first. */
    public record Suggestions(String kind, List<Vocabulary.Term> values) {
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "Topics, industries or audiences in use that start with q (first) or contain it, accents and case aside, "
            + "most used first; at most limit (10, up to 50); any signed-in account")
    public Suggestions suggest(@PathParam("kind") String kind, @QueryParam("q") String q, @QueryParam("limit") String limit) {
        if (caller.isAnonymous()) {
            throw new Caller.NotAuthenticated();
        }
        Vocabulary.Kind known = Vocabulary.Kind.named(kind).orElseThrow(() -> new WebApplicationException(Problem.of(404, "not-found",
                "Not Found", "There is no vocabulary '" + QueryParameters.shorten(kind)
                        + "'; there are topics, industries and audiences.").toResponse()));
        String query = QueryParameters.text("q", q, MAX_QUERY);
        int most = QueryParameters.between1And("limit", limit, Vocabulary.DEFAULT_LIMIT, Vocabulary.MAX_LIMIT);
        return new Suggestions(known.label(), vocabulary.suggest(caller, known, query, most));
    }
}
