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
}
