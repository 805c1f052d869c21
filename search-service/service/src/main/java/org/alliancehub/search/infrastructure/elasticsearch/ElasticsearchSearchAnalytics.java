package org.alliancehub.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.contracts.search.QueryReport;
import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.search.application.IndexUnavailable;
import org.alliancehub.search.application.SearchAnalytics;
import org.alliancehub.search.application.SearchEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Search analytics in two small indexes of their own: the raw events ({@value #EVENTS}, kept for
 * {@code alliancehub.analytics.retention-days}) and one document per day, reader language, program
 * and query with its counts ({@value #DAILY}, kept), which the staff's reports read. Recording only
 * puts the event in a bounded queue; a scheduled flush writes the queue in one bulk request.
 *
 * <p>Each flush adds its own count documents, which the reports sum per day, rather than updating
 * one document per day: an update needs a script (the Maven Central node has no Painless at all)
 * or a read before the write, and an added document can neither be lost to a conflict nor counted
 * twice by two search-service instances. A restart loses at most the queue, never an aggregate.
 */
@ApplicationScoped
public class ElasticsearchSearchAnalytics implements SearchAnalytics {

    private static final Logger LOG = TracedLogger.of(ElasticsearchSearchAnalytics.class);
    static final String EVENTS = "alliancehub-search-events";
    static final String DAILY = "alliancehub-search-daily";
    /** Whatever the reader typed last in a flush interval: one bulk request stays small. */
    static final int BATCH = 2_000;

    @Inject
    @ConfigProperty(name = "alliancehub.analytics.retention-days", defaultValue = "90")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "alliancehub.analytics.queue", defaultValue = "10000")
    int capacity;

    private ElasticsearchClient client;
    private BlockingQueue<SearchEvent> queue;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean indexesReady;

    @Inject
    void connect(ElasticsearchClients clients) {
        client = clients.indexing();
    }

    @PostConstruct
    void init() {
        queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
    }

    @Override
    public void record(SearchEvent event) {
        if (!queue.offer(event)) {
            long lost = dropped.incrementAndGet();
            if (lost == 1 || lost % 1_000 == 0) {
                LOG.warning("Search analytics queue is full (" + capacity + "): " + lost + " events dropped so far");
            }
        }
    }

    /** The raw event as stored. */
    public static class EventDocument {
        public String at;
        public String day;
        public String query;
        public String language;
        public String program;
        public Map<String, String> filters;
        public long results;
        public int page;
        /** The material opened from the search; null for the search itself. */
        public String opened;
    }

    /** One flush's counts of one query on one day in one reader language and program ("" for none, so that terms can filter it). */
    public static class DailyDocument {
        public String day;
        public String language;
        public String program;
        public String query;
        public long searches;
        public long zeroResults;
        public long opened;
    }

    @Override
    public boolean flush() {
        if (queue.isEmpty()) {
            return true;
        }
        List<SearchEvent> batch = new ArrayList<>();
        queue.drainTo(batch, BATCH);
        try {
            ensureIndexes();
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            Map<String, DailyDocument> daily = new LinkedHashMap<>();
            for (SearchEvent e : batch) {
                EventDocument doc = new EventDocument();
                doc.at = e.at().toString();
                doc.day = day(e).toString();
                doc.query = e.query();
                doc.language = orNone(e.language());
                doc.program = orNone(e.program());
                doc.filters = e.filters();
                doc.results = e.results();
                doc.page = e.page();
                doc.opened = e.opened();
                bulk.operations(op -> op.index(i -> i.index(EVENTS).document(doc)));
                // the day's counts count searches, not pages: page 2 of the same query is the same search
                if (e.page() == 1 || e.isOpened()) {
                    DailyDocument counts = daily.computeIfAbsent(countedAs(doc), id -> {
                        DailyDocument d = new DailyDocument();
                        d.day = doc.day;
                        d.language = doc.language;
                        d.program = doc.program;
                        d.query = doc.query;
                        return d;
                    });
                    if (e.isOpened()) {
                        counts.opened++;
                    } else {
                        counts.searches++;
                        counts.zeroResults += e.results() == 0 ? 1 : 0;
                    }
                }
            }
            daily.values().forEach(counts -> bulk.operations(op -> op.index(i -> i.index(DAILY).document(counts))));
            BulkResponse response = client.bulk(bulk.refresh(co.elastic.clients.elasticsearch._types.Refresh.False).build());
            if (response.errors()) {
                LOG.warning("Search analytics: part of a batch was refused: " + response.items().stream()
                        .filter(i -> i.error() != null).map(i -> i.error().reason()
                                + (i.error().causedBy() == null ? "" : ": " + i.error().causedBy().reason())).findFirst().orElse("?"));
            }
            return true;
        } catch (IOException | ElasticsearchException | IndexUnavailable e) {
            // kept for the next flush, as far as the queue has room; the rest is dropped and counted
            batch.forEach(this::record);
            LOG.log(Level.FINE, "Search analytics not written now", e);
            return false;
        }
    }

    private static LocalDate day(SearchEvent e) {
        return e.at().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String orNone(String value) {
        return value == null ? "" : value;
    }

    /** The day, reader language, program and query whose searches one count document counts. */
    private static String countedAs(EventDocument doc) {
        return String.join("\n", doc.day, doc.language, doc.program, doc.query);
    }

    private void ensureIndexes() throws IOException {
        if (indexesReady) {
            return;
        }
        if (!client.indices().exists(x -> x.index(EVENTS)).value()) {
            client.indices().create(c -> c.index(EVENTS).settings(s -> s.numberOfShards("1"))
                    .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False)
                            .properties("at", p -> p.date(d -> d))
                            .properties("day", p -> p.date(d -> d.format("yyyy-MM-dd")))
                            .properties("query", p -> p.keyword(k -> k))
                            .properties("language", p -> p.keyword(k -> k))
                            .properties("program", p -> p.keyword(k -> k))
                            .properties("filters", p -> p.flattened(f -> f))
                            .properties("results", p -> p.long_(l -> l))
                            .properties("page", p -> p.integer(i -> i))
                            .properties("opened", p -> p.keyword(k -> k))));
        } else {
            // an index made before results were counted as opened gains the field (adding one is allowed)
            client.indices().putMapping(m -> m.index(EVENTS).properties("opened", p -> p.keyword(k -> k)));
        }
        if (!client.indices().exists(x -> x.index(DAILY)).value()) {
            client.indices().create(c -> c.index(DAILY).settings(s -> s.numberOfShards("1"))
                    .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False)
                            .properties("day", p -> p.date(d -> d.format("yyyy-MM-dd")))
                            .properties("query", p -> p.keyword(k -> k))
                            .properties("language", p -> p.keyword(k -> k))
                            .properties("program", p -> p.keyword(k -> k))
                            .properties("searches", p -> p.long_(l -> l))
                            .properties("zeroResults", p -> p.long_(l -> l))
                            .properties("opened", p -> p.long_(l -> l))));
        } else {
            client.indices().putMapping(m -> m.index(DAILY).properties("opened", p -> p.long_(l -> l)));
        }
        indexesReady = true;
    }

    @Override
    public void expire() {
        try {
            if (!client.indices().exists(x -> x.index(EVENTS)).value()) {
                return;
            }
            String before = LocalDate.now(ZoneOffset.UTC).minusDays(retentionDays).toString();
            client.deleteByQuery(d -> d.index(EVENTS).conflicts(co.elastic.clients.elasticsearch._types.Conflicts.Proceed)
                    .query(q -> q.range(r -> r.date(x -> x.field("day").lt(before).format("yyyy-MM-dd")))));
        } catch (IOException | ElasticsearchException e) {
            LOG.log(Level.FINE, "Old search events not removed now", e);
        }
    }

    @Override
    public QueryReport report(LocalDate from, LocalDate to, String language, String program, int limit) {
        try {
            ensureIndexes();
            BoolQuery.Builder filter = new BoolQuery.Builder()
                    .filter(f -> f.range(r -> r.date(d -> d.field("day").gte(from.toString()).lte(to.toString()).format("yyyy-MM-dd"))));
            if (language != null) {
                filter.filter(SearchRequestFactory.term("language", language));
            }
            if (program != null) {
                filter.filter(SearchRequestFactory.term("program", program.strip().toUpperCase(java.util.Locale.ROOT)));
            }
            BoolQuery period = filter.build();
            SearchResponse<Void> response = client.search(s -> s.index(DAILY).size(0).query(q -> q.bool(period))
                    .aggregations("searches", a -> a.sum(x -> x.field("searches")))
                    .aggregations("zeroResults", a -> a.sum(x -> x.field("zeroResults")))
                    .aggregations("top", a -> a.terms(t -> t.field("query").size(limit).order(NamedValue.of("searches", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))
                            .aggregations("searches", x -> x.sum(y -> y.field("searches")))
                            .aggregations("zeroResults", x -> x.sum(y -> y.field("zeroResults")))
                            .aggregations("opened", x -> x.sum(y -> y.field("opened"))))
                    .aggregations("nothingFound", a -> a.filter(f -> f.range(r -> r.number(n -> n.field("zeroResults").gt(0.0))))
                            .aggregations("queries", x -> x.terms(t -> t.field("query").size(limit)
                                            .order(NamedValue.of("zeroResults", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))
                                    .aggregations("searches", y -> y.sum(z -> z.field("searches")))
                                    .aggregations("zeroResults", y -> y.sum(z -> z.field("zeroResults")))
                                    .aggregations("opened", y -> y.sum(z -> z.field("opened"))))), Void.class);
            long searches = (long) response.aggregations().get("searches").sum().value();
            long zero = (long) response.aggregations().get("zeroResults").sum().value();
            List<QueryReport.QueryCount> top = counts(response.aggregations().get("top"));
            List<QueryReport.QueryCount> nothing = counts(response.aggregations().get("nothingFound").filter().aggregations().get("queries"));
            return new QueryReport(SearchContract.VERSION, from, to, language, program, searches, zero,
                    searches == 0 ? 0 : (double) zero / searches, top, nothing, dropped.get());
        } catch (IOException | ElasticsearchException e) {
            throw new IndexUnavailable("Search analytics cannot be read now", e);
        }
    }

    private static List<QueryReport.QueryCount> counts(Aggregate terms) {
        List<QueryReport.QueryCount> counts = new ArrayList<>();
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            counts.add(new QueryReport.QueryCount(bucket.key().stringValue(),
                    (long) bucket.aggregations().get("searches").sum().value(),
                    (long) bucket.aggregations().get("zeroResults").sum().value(),
                    (long) bucket.aggregations().get("opened").sum().value()));
        }
        return counts;
    }
}
