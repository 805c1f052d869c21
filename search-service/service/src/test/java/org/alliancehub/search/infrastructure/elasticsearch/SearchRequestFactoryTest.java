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

    private static String query(String text, SearchQuery.Words words) {
        String json = JsonpUtils.toJsonString(new SearchRequestFactory().build(new SearchQuery(text, "en", SearchQuery.Filters.NONE,
                null, 1, 10), List.of(), null, words, List.of(text.split(" "))), new JsonbJsonpMapper());
        return Json.createReader(new StringReader(json)).readObject().getJsonObject("query").toString();
    }

    @Test
    void aFewWordsForgiveTyposBelowTheWordsAsTypedASentenceAndAnyWordDoNot() {
        String few = query("forklfit training", SearchQuery.Words.MOST);
        assertThat(few).contains("\"fuzziness\":\"AUTO\"", "\"forklfit\"", "\"boost\":0.2", "\"minimum_should_match\":\"2<75%\"");
        assertThat(few).as("the words as typed still match across fields").contains("\"cross_fields\"");
        assertThat(query("my boss says I have to buy my own steel toe boots", SearchQuery.Words.MOST))
                .as("five words of four letters or more are a sentence").doesNotContain("fuzziness");
        String any = query("forklfit training", SearchQuery.Words.ANY);
        assertThat(any).doesNotContain("fuzziness").contains("\"minimum_should_match\":\"1\"");
        // a glossary term's right spelling is searched just below the words typed
        String json2 = JsonpUtils.toJsonString(new SearchRequestFactory().build(new SearchQuery("arnes de seguirdad", "es",
                SearchQuery.Filters.NONE, null, 1, 10), List.of(), "arnés de seguridad", SearchQuery.Words.MOST), new JsonbJsonpMapper());
        assertThat(json2).contains("\"query\":\"arnés de seguridad\"", "\"boost\":0.8");
        // the highlight marks only the words as typed: forgiven words over the whole text cost a second
        String json = JsonpUtils.toJsonString(new SearchRequestFactory().build(new SearchQuery("forklfit", "en", SearchQuery.Filters.NONE,
                null, 1, 10), List.of(), null, SearchQuery.Words.MOST, List.of("forklfit")), new JsonbJsonpMapper());
        assertThat(Json.createReader(new StringReader(json)).readObject().getJsonObject("highlight").getJsonObject("highlight_query").toString())
                .doesNotContain("fuzziness");
    }

    @Test
    void aReaderGetsHighlightsFromTheFoldedFieldsAndTheirOwnLanguageOnlyAndNoSuggesterInTheSearch() {
        JsonObject spanish = request(new SearchQuery("andamios", "es", SearchQuery.Filters.NONE, null, 1, 10));
        assertThat(spanish.getJsonObject("highlight").getJsonObject("fields").keySet())
                .containsExactlyInAnyOrder("title", "title.es", "summary", "summary.es", "text", "text.es");
        JsonObject fields = spanish.getJsonObject("highlight").getJsonObject("fields");
        assertThat(fields.getJsonObject("title.es").getString("type")).as("short fields: the cheaper highlighter").isEqualTo("plain");
        assertThat(fields.getJsonObject("summary").getString("type")).isEqualTo("plain");
        assertThat(fields.getJsonObject("text").containsKey("type")).as("the long text keeps the unified one").isFalse();
        assertThat(spanish.containsKey("suggest")).as("asked only when hits are few, in a request of its own").isFalse();
        JsonObject anyone = request(new SearchQuery("andamios", null, SearchQuery.Filters.NONE, null, 1, 10));
        assertThat(anyone.getJsonObject("highlight").getJsonObject("fields").keySet()).contains("title.en", "title.es", "local.*.text");
    }

    @Test
    void aGlossaryTranslationIsLookedForInTheLanguageFieldsNotInNames() {
        String json = JsonpUtils.toJsonString(new SearchRequestFactory().build(new SearchQuery("andamios", "es", SearchQuery.Filters.NONE,
                null, 1, 10), List.of("scaffolds"), null, SearchQuery.Words.MOST), new JsonbJsonpMapper());
        java.util.regex.Matcher translation = java.util.regex.Pattern.compile("\"multi_match\":\\{[^{}]*\"query\":\"scaffolds\"[^{}]*}")
                .matcher(json);
        assertThat(translation.find()).as(json).isTrue();
        assertThat(translation.group()).contains("\"title.en^3\"", "\"text.es^0.8\"", "\"topics.text^2\"")
                .doesNotContain("allianceName", "participants", "local.");
        assertThat(json).as("the words typed still search names").contains("\"allianceName\"");
    }

    @Test
    void titleSuggestionsForgiveTyposBelowTheWordsAsTyped() {
        String forgiving = JsonpUtils.toJsonString(SearchRequestFactory.titlePrefix("forklfit"), new JsonbJsonpMapper());
        assertThat(forgiving).contains("\"fuzziness\":\"AUTO\"", "\"boost\":2.0");
        assertThat(JsonpUtils.toJsonString(SearchRequestFactory.titlePrefix("fo"), new JsonbJsonpMapper()))
                .as("too short to forgive").doesNotContain("fuzziness");
    }

    @Test
    void theSpellingSuggestionIsAskedOnlyOnAFirstPageWithFewHits() {
        SearchQuery first = new SearchQuery("andamos", "es", SearchQuery.Filters.NONE, null, 1, 10);
        assertThat(SearchRequestFactory.asksSpelling(first, 0)).isTrue();
        assertThat(SearchRequestFactory.asksSpelling(first, SearchRequestFactory.FEW_HITS - 1)).isTrue();
        assertThat(SearchRequestFactory.asksSpelling(first, SearchRequestFactory.FEW_HITS)).isFalse();
        assertThat(SearchRequestFactory.asksSpelling(new SearchQuery("andamos", "es", SearchQuery.Filters.NONE, null, 2, 10), 0)).isFalse();
        assertThat(SearchRequestFactory.asksSpelling(new SearchQuery("", "es", SearchQuery.Filters.NONE, null, 1, 10), 0)).isFalse();
        String spelling = JsonpUtils.toJsonString(new SearchRequestFactory().spelling("andamos"), new JsonbJsonpMapper());
        assertThat(spelling).contains("\"size\":0").contains("\"spelling\"").doesNotContain("aggregations");
    }

    @Test
    void typosAreForgivenOnlyWhenTheWordsAsTypedFindFew() {
        SearchQuery misspelled = new SearchQuery("forklfit training", "en", SearchQuery.Filters.NONE, null, 1, 10);
        assertThat(SearchRequestFactory.forgives(misspelled, SearchQuery.Words.MOST, 3)).isTrue();
        assertThat(SearchRequestFactory.forgives(misspelled, SearchQuery.Words.MOST, SearchRequestFactory.FEW_HITS)).isFalse();
        assertThat(SearchRequestFactory.forgives(misspelled, SearchQuery.Words.ANY, 0)).as("any word: the typos were tried").isFalse();
        assertThat(SearchRequestFactory.forgives(new SearchQuery("de la", "es", SearchQuery.Filters.NONE, null, 1, 10),
                SearchQuery.Words.MOST, 0)).as("no word long enough").isFalse();
        assertThat(query("forklfit training", SearchQuery.Words.MOST)).contains("fuzziness");
        String asTyped = JsonpUtils.toJsonString(new SearchRequestFactory().build(misspelled, List.of()), new JsonbJsonpMapper());
        assertThat(asTyped).as("the first request searches the words as typed").doesNotContain("fuzziness");
        String oneTypo = JsonpUtils.toJsonString(new SearchRequestFactory().build(misspelled, List.of(), null, SearchQuery.Words.MOST,
                List.of("forklfit")), new JsonbJsonpMapper());
        assertThat(oneTypo.split("fuzziness", -1)).as("only the word the index lacks is forgiven").hasSize(2);
        assertThat(oneTypo).as("the other word still counts towards most words").contains("\"query\":\"training\"");
        String noTypo = JsonpUtils.toJsonString(new SearchRequestFactory().build(misspelled, List.of(), null, SearchQuery.Words.MOST,
                List.of("de")), new JsonbJsonpMapper());
        assertThat(noTypo).as("a short word is never forgiven").doesNotContain("fuzziness");
    }
}
