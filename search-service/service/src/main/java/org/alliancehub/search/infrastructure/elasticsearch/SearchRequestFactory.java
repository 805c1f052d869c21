package org.alliancehub.search.infrastructure.elasticsearch;

import java.util.List;
import java.util.Map;

import org.alliancehub.search.application.SearchQuery;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

/**
 * Turns a search into one Elasticsearch request: a multi-match over the folded and the
 * language-analyzed fields (the user's text is never parsed as query syntax), the reader's
 * language as a ranking preference, exact filters, highlights and facet counts.
 */
final class SearchRequestFactory {

    /** Folded fields find accent-free spellings; .en/.es add stemming; titles weigh most. */
    static final List<String> TEXT_FIELDS = List.of(
            "title^4", "title.en^3", "title.es^3",
            "summary^1.5", "summary.en", "summary.es",
            "text", "text.en^0.8", "text.es^0.8",
            "topics.text^2", "allianceName", "participants");

    static final Map<String, String> FACETS = Map.of(
            "language", "language",
            "type", "type",
            "agency", "agency",
            "topic", "topics");

    static final int FACET_SIZE = 20;
    private static final float PREFERRED_LANGUAGE_BOOST = 2.0f;

    SearchRequest build(SearchQuery query) {
        return SearchRequest.of(s -> {
            s.index(IndexLayout.ALIAS)
                    .from(query.from())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.bool(b -> {
                        if (query.text().isEmpty()) {
                            b.must(m -> m.matchAll(all -> all));
                        } else {
                            b.must(m -> m.multiMatch(mm -> mm.query(query.text())
                                    .fields(TEXT_FIELDS)
                                    .type(TextQueryType.BestFields)
                                    .tieBreaker(0.3)));
                        }
                        if (query.preferredLanguage() != null) {
                            b.should(sh -> sh.constantScore(cs -> cs
                                    .filter(term("language", query.preferredLanguage()))
                                    .boost(PREFERRED_LANGUAGE_BOOST)));
                        }
                        addFilter(b, "language", query.language());
                        addFilter(b, "type", query.type());
                        addFilter(b, "agency", query.agency());
                        addFilter(b, "topics", query.topic());
                        return b;
                    }))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields("title", f -> f.numberOfFragments(0))
                            .fields("title.es", f -> f.numberOfFragments(0))
                            .fields("title.en", f -> f.numberOfFragments(0))
                            .fields("summary", f -> f.fragmentSize(180).numberOfFragments(1))
                            .fields("summary.es", f -> f.fragmentSize(180).numberOfFragments(1))
                            .fields("summary.en", f -> f.fragmentSize(180).numberOfFragments(1))
                            .fields("text", f -> f.fragmentSize(180).numberOfFragments(1))
                            .fields("text.es", f -> f.fragmentSize(180).numberOfFragments(1))
                            .fields("text.en", f -> f.fragmentSize(180).numberOfFragments(1)));
                    // the extracted text is searched and highlighted, never sent back whole
                    s.source(src -> src.filter(f -> f.excludes("text")));
            FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
            if (query.sort() == SearchQuery.Sort.NEWEST) {
                s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")));
                s.sort(o -> o.field(f -> f.field("titleSort").order(SortOrder.Asc)));
            }
            return s;
        });
    }

    private static void addFilter(co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery.Builder bool,
                                  String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(term(field, value));
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
