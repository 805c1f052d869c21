package org.alliancehub.search.infrastructure.elasticsearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.contracts.search.SearchResults;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;

/** From Elasticsearch's answer to the application's results. */
final class SearchResultsTranslator {

    private static final int SNIPPET_LENGTH = 180;

    private SearchResultsTranslator() {
    }

    static SearchResults translate(SearchQuery query, List<String> alternatives, SearchResponse<IndexedVersionDocument> response) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (Hit<IndexedVersionDocument> hit : response.hits().hits()) {
            IndexedVersionDocument doc = hit.source();
            if (doc != null) {
                hits.add(hit(query.preferredLanguage(), doc, hit.highlight(), hit.score(),
                        CurationField.featured(doc.curation, query.filters().program(), query.preferredLanguage())));
            }
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        Aggregate materials = response.aggregations().get(SearchRequestFactory.MATERIALS);
        if (materials != null && materials.isCardinality()) {
            total = materials.cardinality().value();
        }
        return new SearchResults(SearchContract.VERSION, query.text(), total, query.page(), query.size(), hits, facets(response),
                alternatives, didYouMean(query.text(), response), null);
    }

    static SearchResults.Hit hit(String preferredLanguage, IndexedVersionDocument doc, Map<String, List<String>> highlights,
                                 Double score, boolean featured) {
        String titleHighlight = first(highlights, "title", "title." + doc.language, "title.es", "title.en");
        String snippet = first(highlights, "text." + doc.language, "text", "text.es", "text.en",
                "local." + IndexedVersionDocument.localKey(doc.language) + ".text",
                "summary", "summary." + doc.language, "summary.es", "summary.en");
        return new SearchResults.Hit(doc.materialId, doc.language,
                preferredLanguage != null && !preferredLanguage.equals(doc.language),
                doc.title, doc.summary,
                titleHighlight != null ? titleHighlight : escape(doc.title),
                snippet != null ? snippet : escape(shorten(doc.summary)),
                doc.type, doc.allianceId, doc.allianceName, doc.agency, orEmpty(doc.topics), orEmpty(doc.industries),
                orEmpty(doc.audiences), orEmpty(doc.programs),
                doc.publicationNumber, doc.publicationDate == null ? null : LocalDate.parse(doc.publicationDate),
                orEmpty(doc.availableLanguages), doc.download, score(score), featured);
    }

    /** Sorted by a field, hits have no score: the client reports NaN, which JSON cannot carry. */
    static double score(Double score) {
        return score == null || score.isNaN() ? 0 : score;
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static Map<String, List<SearchResults.FacetCount>> facets(SearchResponse<?> response) {
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : SearchRequestFactory.FACETS.keySet()) {
            Aggregate aggregate = response.aggregations().get(name);
            List<SearchResults.FacetCount> counts = new ArrayList<>();
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    counts.add(new SearchResults.FacetCount(bucket.key().stringValue(), label(bucket), bucket.docCount()));
                }
            }
            facets.put(name, counts);
        }
        Aggregate published = response.aggregations().get(SearchRequestFactory.PUBLISHED);
        List<SearchResults.FacetCount> ranges = new ArrayList<>();
        if (published != null && published.isDateRange()) {
            for (RangeBucket bucket : published.dateRange().buckets().array()) {
                if (bucket.docCount() > 0) {
                    ranges.add(new SearchResults.FacetCount(bucket.key(), null, bucket.docCount()));
                }
            }
        }
        facets.put(SearchRequestFactory.PUBLISHED, ranges);
        return facets;
    }

    private static String label(StringTermsBucket bucket) {
        Aggregate names = bucket.aggregations().get(SearchRequestFactory.ALLIANCE_NAME);
        if (names == null || !names.isSterms() || names.sterms().buckets().array().isEmpty()) {
            return null;
        }
        return names.sterms().buckets().array().get(0).key().stringValue();
    }

    /** Replaces each word the index does not know by its most frequent close spelling; null when every word is known. */
    static String didYouMean(String text, SearchResponse<?> response) {
        if (response.suggest() == null || !response.suggest().containsKey(SearchRequestFactory.SPELLING)) {
            return null;
        }
        StringBuilder corrected = new StringBuilder(text);
        boolean changed = false;
        List<TermSuggest> words = new ArrayList<>();
        for (Suggestion<?> suggestion : response.suggest().get(SearchRequestFactory.SPELLING)) {
            if (suggestion.isTerm() && !suggestion.term().options().isEmpty()) {
                words.add(suggestion.term());
            }
        }
        // from the end, so earlier offsets stay valid; the folded analyzer may report a word twice
        words.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
        int lastStart = Integer.MAX_VALUE;
        for (TermSuggest word : words) {
            int end = word.offset() + word.length();
            if (word.offset() >= lastStart || end > corrected.length()) {
                continue;
            }
            TermSuggestOption best = word.options().get(0);
            if (sameWord(corrected.substring(word.offset(), end), best.text())) {
                // "caida" is found through "caídas": offering its own plural or accented form corrects nothing
                continue;
            }
            corrected.replace(word.offset(), end, best.text());
            lastStart = word.offset();
            changed = true;
        }
        return changed ? corrected.toString() : null;
    }

    /**
     * The words as typed that the index does not know and has a close spelling for (not merely
     * their own plural or accented form): the typos worth forgiving.
     */
    static List<String> misspelledWords(String text, SearchResponse<?> response) {
        List<String> misspelled = new ArrayList<>();
        if (response.suggest() == null || !response.suggest().containsKey(SearchRequestFactory.SPELLING)) {
            return misspelled;
        }
        for (Suggestion<?> suggestion : response.suggest().get(SearchRequestFactory.SPELLING)) {
            if (!suggestion.isTerm() || suggestion.term().options().isEmpty()) {
                continue;
            }
            TermSuggest word = suggestion.term();
            int end = word.offset() + word.length();
            if (end > text.length()) {
                continue;
            }
            String typed = text.substring(word.offset(), end);
            if (!sameWord(typed, word.options().get(0).text()) && !misspelled.contains(typed)) {
                misspelled.add(typed);
            }
        }
        return misspelled;
    }

    /**
     * Whether a suggestion is the typed word itself, give or take accents, case and a plural ending
     * ("caida" and "caídas", "ladder" and "Ladders"), which the analyzers already match.
     */
    static boolean sameWord(String typed, String suggested) {
        String a = singular(fold(typed));
        String b = singular(fold(suggested));
        return a.equals(b);
    }

    private static String fold(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("es")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static String first(Map<String, List<String>> highlights, String... fields) {
        for (String field : fields) {
            List<String> fragments = highlights.get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return null;
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= SNIPPET_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
        return text.substring(0, cut > 0 ? cut : SNIPPET_LENGTH) + "…";
    }

    /** The same escaping Elasticsearch's html encoder applies, for text that had no highlight. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** No hits: what a search answers while the engine cannot be asked, or before there is an index. */
    static SearchResults empty(SearchQuery query) {
        return new SearchResults(SearchContract.VERSION, query.text(), 0, query.page(), query.size(), List.of(), Map.of(), List.of(), null, null);
    }
}
