package org.alliancehub.web.interfaces.facade.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.web.interfaces.facade.SearchFacade;
import org.alliancehub.web.interfaces.facade.SearchPageDto;

/** Calls the search service and assembles page DTOs from its JSON. */
@ApplicationScoped
public class DefaultSearchFacade implements SearchFacade {

    static final int PAGE_SIZE = 10;

    @Inject
    SearchServiceClient client;

    @Override
    public SearchPageDto search(String query, String language, int page) {
        JsonObject results;
        try {
            results = client.api().search(query, language, page, PAGE_SIZE);
        } catch (WebApplicationException | ProcessingException e) {
            throw new SearchUnavailable(e);
        }
        List<SearchPageDto.HitDto> hits = new ArrayList<>();
        for (JsonValue value : results.getJsonArray("hits")) {
            JsonObject hit = value.asJsonObject();
            hits.add(new SearchPageDto.HitDto(hit.getString("materialId"), hit.getString("language"),
                    hit.getString("title"), SafeHighlight.of(text(hit, "titleHighlight")),
                    SafeHighlight.of(text(hit, "snippet")), text(hit, "type"), text(hit, "allianceName"),
                    text(hit, "agency"), text(hit, "publicationNumber"), hit.getBoolean("otherLanguage", false)));
        }
        List<SearchPageDto.FacetDto> languages = new ArrayList<>();
        JsonObject facets = results.getJsonObject("facets");
        if (facets != null && facets.containsKey("language")) {
            for (JsonValue value : facets.getJsonArray("language")) {
                JsonObject facet = value.asJsonObject();
                languages.add(new SearchPageDto.FacetDto(facet.getString("value"), facet.getJsonNumber("count").longValue()));
            }
        }
        return new SearchPageDto(results.getString("query", query), results.getJsonNumber("total").longValue(),
                results.getInt("page"), results.getInt("size"), hits, languages, text(results, "didYouMean"));
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
