package org.alliancehub.search.interfaces.rest;

import static org.alliancehub.problem.QueryParameters.between1And;
import static org.alliancehub.problem.QueryParameters.date;
import static org.alliancehub.problem.QueryParameters.text;
import static org.alliancehub.search.interfaces.rest.QueryParameters.languageTag;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.problem.Problem;
import org.alliancehub.search.application.SearchAnalytics;
import org.alliancehub.search.application.SearchEvent;
import org.alliancehub.problem.InvalidParameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What readers searched for, for agency staff (curators and admins): the content-gap report's source. */
@Path("analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    /** The last 30 days unless asked; at most a federal fiscal year and a bit at once. */
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 400;

    @Inject
    SearchAnalytics analytics;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("queries")
    @Operation(summary = "Top and zero-result queries per reader language and emphasis program over some days, and the "
            + "share of searches that found nothing (curator, admin)")
    public Response queries(@Parameter(description = "First day, UTC (yyyy-mm-dd); 29 days before to by default") @QueryParam("from") String from,
                            @Parameter(description = "Last day, UTC (yyyy-mm-dd); today by default") @QueryParam("to") String to,
                            @Parameter(description = "Only searches by readers of this language") @QueryParam("lang") String lang,
                            @Parameter(description = "Only searches filtered to this emphasis program") @QueryParam("program") String program,
                            @Parameter(description = "Queries listed in each list, 20 unless asked, at most 100") @QueryParam("limit") String limit) {
        if (security.getUserPrincipal() == null) {
            return Problem.unauthorizedResponse("Search analytics take a staff member's token.");
        }
        if (!security.isUserInRole("curator") && !security.isUserInRole("admin")) {
            return Problem.forbidden("Only agency staff read search analytics.").toResponse();
        }
        QueryParameters.requireKnown(uriInfo, Set.of("from", "to", "lang", "program", "limit"));
        LocalDate last = date("to", to);
        last = last == null ? LocalDate.now(ZoneOffset.UTC) : last;
        LocalDate first = date("from", from);
        first = first == null ? last.minusDays(DEFAULT_DAYS - 1) : first;
        if (first.isAfter(last)) {
            return Problem.invalidField("from", "'from' (" + first + ") is after 'to' (" + last + ").").toResponse();
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            return Problem.invalidField("from", "A report covers at most " + MAX_DAYS + " days.").toResponse();
        }
        return Response.ok(analytics.report(first, last, languageTag("lang", lang), text("program", program, 40),
                between1And("limit", limit, 20, 100))).build();
    }

    /**
     * A reader opened a result of a search: the portal tells it when it knows (the results page led
     * to the material page). Anyone may, as anyone may search: nothing about the reader is kept,
     * and a full queue drops the event, never the page.
     */
    @POST
    @Path("opened")
    @Operation(summary = "Count a result opened from a public search (the portal calls it; no reader data is kept)")
    public Response opened(@Parameter(description = "The words of the search, as typed") @QueryParam("q") String q,
                           @Parameter(description = "The reader's language") @QueryParam("lang") String lang,
                           @Parameter(description = "The emphasis program the search was filtered to") @QueryParam("program") String program,
                           @Parameter(description = "The material opened") @QueryParam("material") String material) {
        QueryParameters.requireKnown(uriInfo, Set.of("q", "lang", "program", "material"));
        String words = text("q", q, org.alliancehub.search.application.SearchQuery.MAX_TEXT);
        if (words == null) {
            throw new InvalidParameter("q", "'q' is the search the result was opened from.");
        }
        if (material == null || !material.matches("[A-Za-z0-9-]{1," + SearchEvent.MAX_MATERIAL_ID + "}")) {
            throw new InvalidParameter("material", "'material' is the id of the material opened.");
        }
        SearchEvent event = SearchEvent.opened(words, languageTag("lang", lang), text("program", program, 40), material,
                java.time.Instant.now());
        if (event != null) {
            analytics.record(event);
        }
        return Response.accepted().build();
    }
}
