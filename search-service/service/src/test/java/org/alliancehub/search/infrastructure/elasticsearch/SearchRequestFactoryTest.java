package org.alliancehub.search.infrastructure.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.alliancehub.search.application.SearchQuery;
import org.junit.jupiter.api.Test;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;

class SearchRequestFactoryTest {

    private static JsonObject request(SearchQuery query) {
        String json = JsonpUtils.toJsonString(new SearchRequestFactory().build(query, List.of()), new JsonbJsonpMapper());
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void newestFirstKeepsEachMaterialInTheReadersLanguage() {
        JsonObject request = request(new SearchQuery("", "es", SearchQuery.Filters.NONE, SearchQuery.Sort.NEWEST, 1, 10));
        JsonArray sort = request.getJsonArray("sort");
        // versions tie on publication time; the score (the reader's language first) decides which one collapse keeps
        assertThat(sort.get(0).asJsonObject().containsKey("publishedAt")).isTrue();
        assertThat(sort.get(1).toString()).contains("_score");
        assertThat(sort.get(2).asJsonObject().containsKey("titleSort")).isTrue();
        assertThat(request.getJsonObject("collapse").getString("field")).isEqualTo("materialId");
    }

    @Test
    void browsingAProgramPutsItsCuratedRanksForTheReadersLanguageFirstThenTheNewest() {
        SearchQuery.Filters program = new SearchQuery.Filters(null, null, null, null, null, null, "nep-heat", null, null, null, null);
        SearchQuery browsing = new SearchQuery("", "es", program, null, 1, 10);
        assertThat(browsing.sort()).isEqualTo(SearchQuery.Sort.CURATED);
        JsonArray sort = request(browsing).getJsonArray("sort");
        JsonObject rank = sort.get(0).asJsonObject().getJsonObject("curation.rank");
        assertThat(rank.getString("order")).isEqualTo("asc");
        assertThat(rank.getString("missing")).isEqualTo("_last");
        assertThat(rank.getJsonObject("nested").getString("path")).isEqualTo("curation");
        // the program as the filter compares it (folded), and only this reader language's ranks
        assertThat(rank.getJsonObject("nested").toString()).contains("\"curation.program\"", "\"nep-heat\"", "\"curation.language\"", "\"es\"");
        assertThat(sort.get(1).asJsonObject().containsKey("publishedAt")).isTrue();

        // a search with words ranks by relevance, and curation does not override it
        assertThat(new SearchQuery("calor", "es", program, null, 1, 10).sort()).isEqualTo(SearchQuery.Sort.RELEVANCE);
        // the curated order asked for without a program is the newest
        JsonArray unfiltered = request(new SearchQuery("", "en", SearchQuery.Filters.NONE, SearchQuery.Sort.CURATED, 1, 10)).getJsonArray("sort");
        assertThat(unfiltered.get(0).asJsonObject().containsKey("publishedAt")).isTrue();
    }

    @Test
    void aHitIsFeaturedOnlyInTheProgramAndLanguageItIsFeaturedFor() {
        List<CurationField> curation = CurationField.of(List.of(
                new org.alliancehub.search.application.CuratedRank("NEP-HEAT", "es", 1, true),
                new org.alliancehub.search.application.CuratedRank("NEP-HEAT", "en", 2, false)));
        assertThat(CurationField.featured(curation, "nep-heat", "es")).isTrue();
        assertThat(CurationField.featured(curation, "NEP-HEAT", "en")).isFalse();
        assertThat(CurationField.featured(curation, "NEP-FALLS", "es")).isFalse();
        assertThat(CurationField.featured(curation, null, "es")).isFalse();
        assertThat(CurationField.of(List.of())).isNull();
    }
}
