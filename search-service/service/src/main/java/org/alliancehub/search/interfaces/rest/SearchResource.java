package org.alliancehub.search.interfaces.rest;

import static org.alliancehub.problem.QueryParameters.between1And;
import static org.alliancehub.problem.QueryParameters.choice;
import static org.alliancehub.problem.QueryParameters.date;
import static org.alliancehub.problem.QueryParameters.flag;
import static org.alliancehub.search.interfaces.rest.QueryParameters.languageTag;
import static org.alliancehub.problem.QueryParameters.text;
import static org.alliancehub.search.interfaces.rest.QueryParameters.upper;
import static org.alliancehub.search.interfaces.rest.QueryParameters.whole;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.search.application.ActivityQuery;
import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.search.application.IndexedActivity;
import org.alliancehub.search.application.MaterialSearch;
import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.contracts.search.RelatedMaterials;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.contracts.search.Suggestions;
import org.alliancehub.search.application.glossary.GlossarySource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The public search API. One instance serves every request (the {@code UriInfo} Jersey injects
 * answers for the current one): creating and injecting a request-scoped resource was a
 * measurable part of each search's time in the service (bench/README.md).
 */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final Set<String> SEARCH_PARAMETERS = Set.of("q", "lang", "language", "type", "agency", "topic", "industry",
            "audience", "program", "alliance", "published", "from", "to", "sort", "page", "size", "verbatim");
    private static final int MAX_FILTER = 200;

    @Inject
    MaterialSearch search;

    @Inject
    GlossarySource glossary;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("search")
    @Operation(summary = "Search published materials in any language; each hit is one language version. "
            + "Glossary translations of the words find the other language's materials too, ranked below; words a typo "
            + "or two away match too, below the words as typed. When the words find nothing, the spelling suggestion or any "
            + "of the words are searched instead, and 'recovery' says which.")
    public SearchResults search(
            @Parameter(description = "Words to find; accents and case do not matter") @QueryParam("q") String text,
            @Parameter(description = "The reader's language (BCP 47): its versions rank first") @QueryParam("lang") String lang,
            @Parameter(description = "Only versions in this language") @QueryParam("language") String language,
            @Parameter(description = "Material type, e.g. fact-sheet") @QueryParam("type") String type,
            @Parameter(description = "OSHA or MSHA") @QueryParam("agency") String agency,
            @Parameter(description = "A topic or hazard, as in the topic facet") @QueryParam("topic") String topic,
            @QueryParam("industry") String industry,
            @QueryParam("audience") String audience,
            @Parameter(description = "An emphasis program code") @QueryParam("program") String program,
            @Parameter(description = "An alliance id, as in the alliance facet") @QueryParam("alliance") String alliance,
            @Parameter(description = "past-year, past-5-years or older") @QueryParam("published") String published,
            @Parameter(description = "Published on or after (yyyy-mm-dd)") @QueryParam("from") String from,
            @Parameter(description = "Published on or before (yyyy-mm-dd)") @QueryParam("to") String to,
            @Parameter(description = "relevance (default with q), newest (default without) or title") @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Parameter(description = "true: the words as typed even when they find nothing (no recovery)") @QueryParam("verbatim") String verbatim) {
        QueryParameters.requireKnown(uriInfo, SEARCH_PARAMETERS);
        SearchQuery.Filters filters = new SearchQuery.Filters(languageTag("language", language), upper(type), upper(agency),
                text("topic", topic, MAX_FILTER), text("industry", industry, MAX_FILTER), text("audience", audience, MAX_FILTER),
                text("program", program, MAX_FILTER), text("alliance", alliance, MAX_FILTER),
                choice("published", published, SearchQuery.Published.class), date("from", from), date("to", to));
        return search.search(new SearchQuery(text, languageTag("lang", lang), filters,
                choice("sort", sort, SearchQuery.Sort.class), whole("page", page, 1), whole("size", size, SearchQuery.DEFAULT_SIZE),
                Boolean.TRUE.equals(flag("verbatim", verbatim))));
    }

    static final Set<String> ACTIVITY_PARAMETERS = Set.of("q", "lang", "kind", "language", "topic", "program", "alliance",
            "from", "to", "when", "sort", "page", "size");

    @GET
    @Path("activities")
    @Operation(summary = "Search published trainings and events; by default upcoming events first, soonest first, then trainings",
            description = "With from or to, only events are found (trainings have no dates) unless kind is given: the events "
                    + "overlapping those days in UTC, past ones too unless when says otherwise. from after to is a 400.")
    public ActivityResults activities(
            @Parameter(description = "Words to find; accents and case do not matter") @QueryParam("q") String text,
            @Parameter(description = "The reader's language: activities offered in it rank first") @QueryParam("lang") String lang,
            @Parameter(description = "training or event") @QueryParam("kind") String kind,
            @Parameter(description = "Only activities offered in this language") @QueryParam("language") String language,
            @QueryParam("topic") String topic,
            @Parameter(description = "An emphasis program code") @QueryParam("program") String program,
            @Parameter(description = "An alliance id: only its trainings and events") @QueryParam("alliance") String alliance,
            @Parameter(description = "Events ending on or after this day, UTC (yyyy-mm-dd); only events are found with it unless kind is "
                    + "given, and when defaults to any") @QueryParam("from") String from,
            @Parameter(description = "Events starting on or before this day, UTC (yyyy-mm-dd); only events are found with it unless kind "
                    + "is given, and when defaults to any") @QueryParam("to") String to,
            @Parameter(description = "upcoming (default without from and to: events not yet ended, and trainings), past or any "
                    + "(default with from or to)") @QueryParam("when") String when,
            @Parameter(description = "date (default) or relevance") @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParameters.requireKnown(uriInfo, ACTIVITY_PARAMETERS);
        return search.searchActivities(new ActivityQuery(text, languageTag("lang", lang),
                choice("kind", kind, IndexedActivity.Kind.class), languageTag("language", language), text("topic", topic, MAX_FILTER),
                text("program", program, MAX_FILTER), text("alliance", alliance, MAX_FILTER), date("from", from), date("to", to),
                choice("when", when, ActivityQuery.When.class), choice("sort", sort, ActivityQuery.Sort.class),
                whole("page", page, 1), whole("size", size, SearchQuery.DEFAULT_SIZE)));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Completions as the reader types: material titles, then glossary terms; accents do not matter")
    public Suggestions suggest(@Parameter(description = "What was typed so far") @QueryParam("q") String prefix,
                               @QueryParam("lang") String lang,
                               @QueryParam("size") String size) {
        QueryParameters.requireKnown(uriInfo, Set.of("q", "lang", "size"));
        String typed = text("q", prefix, Suggestions.MAX_PREFIX);
        int limit = between1And("size", size, 8, Suggestions.MAX_SIZE);
        if (typed == null) {
            return Suggestions.of("", java.util.List.of());
        }
        return search.suggest(typed, languageTag("lang", lang), limit);
    }

    @GET
    @Path("materials/{id}/related")
    @Operation(summary = "A published material's language versions and the materials most like it")
    public RelatedMaterials related(@PathParam("id") String id, @QueryParam("lang") String lang, @QueryParam("size") String size) {
        QueryParameters.requireKnown(uriInfo, Set.of("lang", "size"));
        if (id.length() > 64) {
            throw new NotFoundException();
        }
        return search.related(id, languageTag("lang", lang), between1And("size", size, 5, RelatedMaterials.MAX_SIZE))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("glossary")
    @Operation(summary = "The glossary in use: its source, when it was loaded, and its size")
    public GlossarySource.Status glossary() {
        return glossary.status();
    }
}
