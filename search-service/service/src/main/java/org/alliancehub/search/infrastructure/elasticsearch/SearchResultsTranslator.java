package org.alliancehub.search.infrastructure.elasticsearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.search.application.SearchResults;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** From Elasticsearch's answer to the application's results. */
final class SearchResultsTranslator {

    private static final int SNIPPET_LENGTH = 180;

    private SearchResultsTranslator() {
    }

    static SearchResults translate(SearchQuery query, SearchResponse<IndexedVersionDocument> response) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (Hit<IndexedVersionDocument> hit : response.hits().hits()) {
            IndexedVersionDocument doc = hit.source();
            if (doc == null) {
                continue;
            }
            Map<String, List<String>> highlights = hit.highlight();
            String titleHighlight = first(highlights, "title", "title." + doc.language, "title.es", "title.en");
            String snippet = first(highlights, "summary", "summary." + doc.language, "summary.es", "summary.en",
                    "text", "text." + doc.language, "text.es", "text.en");
            hits.add(new SearchResults.Hit(doc.materialId, doc.language, doc.title, doc.summary,
                    titleHighlight != null ? titleHighlight : escape(doc.title),
                    snippet != null ? snippet : escape(shorten(doc.summary)),
                    doc.type, doc.allianceName, doc.agency, doc.topics == null ? List.of() : doc.topics,
                    doc.publicationNumber, doc.publicationDate == null ? null : LocalDate.parse(doc.publicationDate),
                    doc.availableLanguages == null ? List.of() : doc.availableLanguages,
                    hit.score() == null ? 0 : hit.score()));
        }
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : SearchRequestFactory.FACETS.keySet()) {
            Aggregate aggregate = response.aggregations().get(name);
            if (aggregate == null || !aggregate.isSterms()) {
                facets.put(name, List.of());
                continue;
            }
            List<SearchResults.FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                counts.add(new SearchResults.FacetCount(bucket.key().stringValue(), bucket.docCount()));
            }
            facets.put(name, counts);
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResults(query.text(), total, query.page(), query.size(), hits, facets);
    }

    private static String first(Map<String, List<String>> highlights, String... fields) {
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
}
