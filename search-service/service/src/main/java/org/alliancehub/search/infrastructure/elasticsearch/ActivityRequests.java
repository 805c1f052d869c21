package org.alliancehub.search.infrastructure.elasticsearch;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancehub.search.application.ActivityQuery;
import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.search.application.Folding;
import org.alliancehub.search.application.IndexedActivity;
import org.alliancehub.contracts.search.SearchResults;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** The Elasticsearch request for trainings and events, and the translation of its answer. */
final class ActivityRequests {

    /** How the from/to days are written to Elasticsearch; without a zone they are UTC days. */
    static final String DAY = "strict_date";

    static final Map<String, String> FACETS = Map.of("kind", "kind", "language", "language", "topic", "topics");

    private ActivityRequests() {
    }

    static SearchRequest build(ActivityQuery query, List<String> alternatives) {
        Query filtered = Query.of(q -> q.bool(b -> {
            b.must(SearchRequestFactory.textQuery(query.text(), alternatives));
            if (query.kind() != null) {
                b.filter(SearchRequestFactory.term("kind", query.kind().feedKind()));
            } else if (query.hasDays()) {
                // trainings have no days to fall on
                b.filter(SearchRequestFactory.term("kind", IndexedActivity.Kind.EVENT.feedKind()));
            } else {
                b.filter(f -> f.terms(t -> t.field("kind").terms(v -> v.value(List.of(
                        FieldValue.of(IndexedActivity.Kind.TRAINING.feedKind()), FieldValue.of(IndexedActivity.Kind.EVENT.feedKind()))))));
            }
            if (query.language() != null) {
                b.filter(SearchRequestFactory.term("language", query.language()));
            }
            if (query.topic() != null) {
                b.filter(SearchRequestFactory.term("topicKeys", Folding.fold(query.topic())));
            }
            if (query.program() != null) {
                b.filter(SearchRequestFactory.term("programKeys", Folding.fold(query.program())));
            }
            if (query.alliance() != null) {
                b.filter(SearchRequestFactory.term("allianceId", query.alliance()));
            }
            // an event overlaps the days from..to (UTC) when it ends on or after from's first instant
            // and starts before the day after to: date math, so that 9999-12-31 needs no year 10000
            if (query.from() != null) {
                b.filter(f -> f.range(r -> r.date(d -> d.field("endsAt").gte(query.from().toString()).format(DAY))));
            }
            if (query.to() != null) {
                b.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").lt(query.to() + "||+1d").format(DAY))));
            }
            switch (query.when()) {
                // trainings have no date and are always current; events until they end
                case UPCOMING -> b.filter(f -> f.bool(w -> w
                        .should(SearchRequestFactory.term("kind", IndexedActivity.Kind.TRAINING.feedKind()))
                        .should(s -> s.range(r -> r.date(d -> d.field("endsAt").gte("now"))))
                        .minimumShouldMatch("1")));
                case PAST -> b.filter(f -> f.range(r -> r.date(d -> d.field("endsAt").lt("now"))));
                case ANY -> { }
            }
            return b;
        }));
        return SearchRequest.of(s -> {
            s.index(IndexLayout.ALIAS)
                    .from(query.offset())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(SearchRequestFactory.preferring(filtered, query.preferredLanguage()))
                    .highlight(h -> SearchRequestFactory.titleAndSummary(h, query.preferredLanguage()));
            FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(
                    "language".equals(name) ? SearchRequestFactory.LANGUAGE_FACET_SIZE : SearchRequestFactory.FACET_SIZE))));
            if (query.sort() == ActivityQuery.Sort.CURATED && query.program() != null) {
                s.sort(SearchRequestFactory.curatedRank(query.program(), query.preferredLanguage()));
            }
            if (query.sort() == ActivityQuery.Sort.DATE || query.sort() == ActivityQuery.Sort.CURATED) {
                SortOrder order = query.when() == ActivityQuery.When.PAST ? SortOrder.Desc : SortOrder.Asc;
                s.sort(o -> o.field(f -> f.field("startsAt").order(order).missing("_last")));
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                s.sort(o -> o.field(f -> f.field("titleSort").order(SortOrder.Asc)));
            }
            return s;
        });
    }

    static ActivityResults translate(ActivityQuery query, List<String> alternatives, SearchResponse<ActivityDocument> response) {
        List<ActivityResults.Hit> hits = new ArrayList<>();
        for (Hit<ActivityDocument> hit : response.hits().hits()) {
            ActivityDocument doc = hit.source();
            if (doc == null) {
                continue;
            }
            Map<String, List<String>> highlights = hit.highlight();
            String title = SearchResultsTranslator.first(highlights, "title", "title.en", "title.es");
            String snippet = SearchResultsTranslator.first(highlights, "summary", "summary.en", "summary.es");
            ActivityDocument.Details details = doc.details == null ? new ActivityDocument.Details() : doc.details;
            hits.add(new ActivityResults.Hit(doc.activityId,
                    IndexedActivity.Kind.EVENT.feedKind().equals(doc.kind) ? ActivityResults.Hit.EVENT : ActivityResults.Hit.TRAINING,
                    doc.title, title != null ? title : SearchResultsTranslator.escape(doc.title),
                    snippet != null ? snippet : SearchResultsTranslator.escape(doc.summary), doc.summary,
                    doc.allianceId, doc.allianceName, doc.agency, SearchResultsTranslator.orEmpty(doc.topics), SearchResultsTranslator.orEmpty(doc.audiences),
                    SearchResultsTranslator.orEmpty(doc.language), SearchResultsTranslator.orEmpty(doc.programs), doc.format, details.durationMinutes, details.provider, details.link,
                    doc.eventKind, dateTime(doc.startsAt), dateTime(doc.endsAt), details.timeZone, doc.place,
                    details.onlineLink, details.registrationLink, SearchResultsTranslator.score(hit.score())));
        }
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : List.of("kind", "language", "topic")) {
            Aggregate aggregate = response.aggregations().get(name);
            List<SearchResults.FacetCount> counts = new ArrayList<>();
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    counts.add(new SearchResults.FacetCount(bucket.key().stringValue(), null, bucket.docCount()));
                }
            }
            facets.put(name, counts);
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return ActivityResults.of(query.text(), total, query.page(), query.size(), hits, facets, alternatives);
    }

    private static OffsetDateTime dateTime(String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }
}
