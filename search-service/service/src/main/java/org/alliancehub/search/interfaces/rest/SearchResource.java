package org.alliancehub.search.interfaces.rest;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.alliancehub.search.application.MaterialSearch;
import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.search.application.SearchResults;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final Set<String> PARAMETERS = Set.of("q", "lang", "language", "type", "agency", "topic", "sort", "page", "size");

    @Inject
    MaterialSearch search;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Search published materials in any language; each hit is one language version")
    public SearchResults search(
            @Parameter(description = "Words to find; accents and case do not matter") @QueryParam("q") String text,
            @Parameter(description = "The reader's language (BCP 47): its versions rank first") @QueryParam("lang") String lang,
            @Parameter(description = "Only versions in this language") @QueryParam("language") String language,
            @QueryParam("type") String type,
            @QueryParam("agency") String agency,
            @QueryParam("topic") String topic,
            @Parameter(description = "relevance (default with q) or newest") @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        for (String name : uriInfo.getQueryParameters().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new SearchQuery.InvalidQuery(name, "Unknown parameter '" + shorten(name) + "'; known are " + PARAMETERS + ".");
            }
        }
        return search.search(new SearchQuery(text, languageTag(lang), languageTag(language), upper(type), upper(agency),
                topic, sortOf(sort), page == null ? 1 : page, size == null ? 10 : size));
    }

    private static String languageTag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(value.strip().replace('_', '-')).toLanguageTag();
        if ("und".equals(tag)) {
            throw new SearchQuery.InvalidQuery("lang", "'" + shorten(value) + "' is not a language code (e.g. en, es).");
        }
        return tag;
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static SearchQuery.Sort sortOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SearchQuery.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SearchQuery.InvalidQuery("sort", "sort is 'relevance' or 'newest'.");
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
