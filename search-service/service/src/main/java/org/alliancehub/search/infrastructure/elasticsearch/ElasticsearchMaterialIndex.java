package org.alliancehub.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.ActivityChange;
import org.alliancehub.search.application.ActivityQuery;
import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.search.application.IndexedVersion;
import org.alliancehub.search.application.MaterialChange;
import org.alliancehub.search.application.FollowUpBudget;
import org.alliancehub.search.application.IndexSearches;
import org.alliancehub.search.application.IndexUnavailable;
import org.alliancehub.search.application.IndexWorkspace;
import org.alliancehub.search.application.IndexWrites;
import org.alliancehub.search.application.SearchEngineHealth;
import org.alliancehub.search.application.RefusedChange;
import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.contracts.search.Suggestions;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * The material index in Elasticsearch. One class behind the application's four ports (workspace,
 * writes, searches, health) because they share the clients and the index layout.
 */
@ApplicationScoped
public class ElasticsearchMaterialIndex implements IndexWorkspace, IndexWrites, IndexSearches, SearchEngineHealth {

    /** Index operations, bulk requests and cursors: patient, off the request threads. */
    private ElasticsearchClient client;
    /** Searches: a reader is answered within seconds, even by a frozen engine. */
    private ElasticsearchClient reads;
    private ElasticsearchClient health;

    @Inject
    void connect(ElasticsearchClients clients) {
        client = clients.indexing();
        reads = clients.reads();
        health = clients.health();
    }

    private final SearchRequestFactory requests = new SearchRequestFactory();

    @Override
    public Optional<String> liveIndex() {
        try {
            if (!client.indices().existsAlias(e -> e.name(IndexLayout.ALIAS)).value()) {
                return Optional.empty();
            }
            return client.indices().getAlias(a -> a.name(IndexLayout.ALIAS)).result().keySet().stream().findFirst();
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("read the alias", e);
        }
    }

    @Override
    public boolean hasCurrentMapping(String index) {
        return IndexLayout.hasCurrentMapping(index);
    }

    @Override
    public boolean exists(String index) {
        try {
            return client.indices().exists(e -> e.index(index)).value();
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("check an index", e);
        }
    }

    @Override
    public String createIndex() {
        String name = IndexLayout.newIndexName();
        try (InputStream settings = ElasticsearchMaterialIndex.class.getResourceAsStream(IndexLayout.SETTINGS_RESOURCE)) {
            client.indices().create(c -> c.index(name).withJson(settings));
            return name;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("create the index", e);
        }
    }

    @Override
    public void makeLive(String index) {
        try {
            Set<String> others = new HashSet<>(client.indices().get(g -> g.index(IndexLayout.ALL_MATERIAL_INDEXES)).result().keySet());
            others.remove(index);
            Set<String> aliased = liveIndex().map(Set::of).orElse(Set.of());
            // what was written to the new index becomes visible before readers are sent to it
            client.indices().refresh(r -> r.index(index));
            // one atomic alias swap; the older indexes (and any unfinished rebuild) go after it
            client.indices().updateAliases(u -> {
                aliased.stream().filter(old -> !old.equals(index))
                        .forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(IndexLayout.ALIAS))));
                return u.actions(a -> a.add(add -> add.index(index).alias(IndexLayout.ALIAS).isWriteIndex(true)));
            });
            for (String old : others) {
                client.indices().delete(d -> d.index(old));
                client.delete(d -> d.index(IndexLayout.CURSOR_INDEX).id(old));
            }
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("switch the alias", e);
        }
    }

    @Override
    public List<RefusedChange> apply(String index, List<MaterialChange> changes, List<ActivityChange> activities) {
        // later changes of the same material supersede earlier ones in the same batch
        Map<String, MaterialChange> latest = new LinkedHashMap<>();
        for (MaterialChange change : changes) {
            latest.remove(change.materialId());
            latest.put(change.materialId(), change);
        }
        try {
            Map<String, String> existing = existingDocumentIds(index, latest.keySet());
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
            Set<String> kept = new HashSet<>();
            // which change each written document comes from, to name a refused one in the feed's terms
            Map<String, RefusedChange> sources = new HashMap<>();
            int operations = 0;
            for (MaterialChange change : latest.values()) {
                for (IndexedVersion version : change.versions()) {
                    kept.add(version.documentId());
                    sources.put(version.documentId(), new RefusedChange(change.seq(), "material", change.materialId(), null, null));
                    IndexedVersionDocument doc = IndexedVersionDocument.of(version);
                    bulk.operations(op -> op.index(i -> i.id(version.documentId()).document(doc)
                            .version(change.seq()).versionType(VersionType.ExternalGte)));
                    operations++;
                }
            }
            Map<String, Long> seqOfMaterial = new HashMap<>();
            latest.values().forEach(change -> seqOfMaterial.put(change.materialId(), change.seq()));
            for (Map.Entry<String, String> id : existing.entrySet()) {
                if (!kept.contains(id.getKey())) {
                    long seq = seqOfMaterial.get(id.getValue());
                    bulk.operations(op -> op.delete(d -> d.id(id.getKey()).version(seq).versionType(VersionType.ExternalGte)));
                    operations++;
                }
            }
            // later changes of the same activity supersede earlier ones in the same batch
            Map<String, ActivityChange> latestActivities = new LinkedHashMap<>();
            activities.forEach(a -> {
                latestActivities.remove(a.documentId());
                latestActivities.put(a.documentId(), a);
            });
            for (ActivityChange change : latestActivities.values()) {
                if (change.removed()) {
                    bulk.operations(op -> op.delete(d -> d.id(change.documentId())
                            .version(change.seq()).versionType(VersionType.ExternalGte)));
                } else {
                    sources.put(change.documentId(), new RefusedChange(change.seq(), change.kind().feedKind(), change.id(), null, null));
                    ActivityDocument doc = ActivityDocument.of(change.activity());
                    bulk.operations(op -> op.index(i -> i.id(change.documentId()).document(doc)
                            .version(change.seq()).versionType(VersionType.ExternalGte)));
                }
                operations++;
            }
            if (operations == 0) {
                return List.of();
            }
            BulkResponse response = client.bulk(bulk.build());
            return response.errors() ? refusals(response, sources) : List.of();
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("index changes", e);
        }
    }

    /**
     * The documents the engine refused for good: a 4xx for the item (a mapping or parse error).
     * Too many requests (429) and server errors are worth retrying: then the whole batch is, as
     * when the engine is down (applying is idempotent). A delete of a missing document is no refusal,
     * nor is a version conflict: every write carries its change's feed sequence number as an
     * external version, so a write from an older change (an instance that lost the indexer's lease
     * while it paused) never replaces a newer one.
     */
    private static List<RefusedChange> refusals(BulkResponse response, Map<String, RefusedChange> sources) {
        List<RefusedChange> refused = new ArrayList<>();
        List<String> transientFailures = new ArrayList<>();
        Instant now = Instant.now();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null || item.status() == 409
                    || (item.status() == 404 && item.operationType() == OperationType.Delete)) {
                continue;
            }
            String reason = item.error().type() + ": " + item.error().reason()
                    + (item.error().causedBy() != null ? " (" + item.error().causedBy().reason() + ")" : "");
            RefusedChange source = sources.get(item.id());
            if (item.status() == 429 || item.status() >= 500 || item.status() < 400 || source == null) {
                transientFailures.add(item.id() + ": " + reason);
            } else {
                refused.add(new RefusedChange(source.seq(), source.kind(), source.id(), item.id() + ": " + reason, now));
            }
        }
        if (!transientFailures.isEmpty()) {
            throw new IndexUnavailable("Elasticsearch refused part of a bulk request for now: " + transientFailures, null);
        }
        return refused;
    }

    /** The documents of these materials in the index, each with its material's id. */
    private Map<String, String> existingDocumentIds(String index, Set<String> materialIds) throws IOException {
        if (materialIds.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> ids = materialIds.stream().map(FieldValue::of).toList();
        SearchResponse<MaterialOfDocument> response = client.search(s -> s.index(index)
                .query(q -> q.terms(t -> t.field("materialId").terms(v -> v.value(ids))))
                .source(src -> src.filter(f -> f.includes("materialId")))
                .size(10_000), MaterialOfDocument.class);
        Map<String, String> found = new HashMap<>();
        for (Hit<MaterialOfDocument> hit : response.hits().hits()) {
            if (hit.source() != null && hit.source().materialId != null) {
                found.put(hit.id(), hit.source().materialId);
            }
        }
        return found;
    }

    /** Only the material id of an indexed version. */
    public static class MaterialOfDocument {
        public String materialId;
    }

    @Override
    public long cursor(String index) {
        IndexerCursorDocument doc = cursorDocument(index);
        return doc == null ? 0L : doc.cursor;
    }

    @Override
    public List<RefusedChange> refused(String index) {
        IndexerCursorDocument doc = cursorDocument(index);
        return doc == null || doc.refused == null ? List.of() : List.copyOf(doc.refused);
    }

    private IndexerCursorDocument cursorDocument(String index) {
        return read("read the indexer cursor", null, () -> {
            GetResponse<IndexerCursorDocument> doc = client.get(g -> g.index(IndexLayout.CURSOR_INDEX).id(index),
                    IndexerCursorDocument.class);
            return doc.found() ? doc.source() : null;
        });
    }

    @Override
    public void saveCursor(String index, long seq, List<RefusedChange> refused) {
        try {
            IndexerCursorDocument doc = new IndexerCursorDocument();
            doc.cursor = seq;
            doc.index = index;
            doc.refused = refused;
            // the cursor is written after the batch it covers; a crash in between only repeats that batch.
            // Its position is its version, so it never moves back (an instance that lost the lease)
            client.index(i -> i.index(IndexLayout.CURSOR_INDEX).id(index).document(doc).refresh(Refresh.False)
                    .version(seq).versionType(VersionType.ExternalGte));
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                throw new IndexUnavailable("Another instance has moved the cursor of " + index + " past " + seq, e);
            }
            throw unavailable("store the indexer cursor", e);
        } catch (IOException e) {
            throw unavailable("store the indexer cursor", e);
        }
    }

    @Override
    public SearchResults search(SearchQuery query, List<String> crossLanguageAlternatives, String respelled, SearchQuery.Words words) {
        return read("search", SearchResultsTranslator.empty(query), () -> {
            FollowUpBudget budget = FollowUpBudget.startingNow();
            SearchResults found = SearchResultsTranslator.translate(query, crossLanguageAlternatives,
                    reads.search(requests.build(query, crossLanguageAlternatives, respelled, words), IndexedVersionDocument.class));
            long asTyped = found.total();
            boolean forgives = SearchRequestFactory.forgives(query, words, asTyped);
            boolean suggests = SearchRequestFactory.asksSpelling(query, asTyped);
            if (!forgives && !suggests || !budget.allowsFollowUp()) {
                return found;
            }
            // the suggester tells which words the index lacks: only those are forgiven, so a rare word
            // spelled right ("caida", found as typed) gathers no look-alikes
            SearchResponse<Void> spelling = reads.search(requests.spelling(query.text()), Void.class);
            List<String> misspelled = forgives ? SearchResultsTranslator.misspelledWords(query.text(), spelling) : List.of();
            if (!misspelled.isEmpty() && budget.allowsFollowUp()) {
                // the same search with those words one or two edits away too: every hit found as typed still ranks first
                found = SearchResultsTranslator.translate(query, crossLanguageAlternatives,
                        reads.search(requests.build(query, crossLanguageAlternatives, respelled, words, misspelled), IndexedVersionDocument.class));
            }
            return suggests ? found.withDidYouMean(SearchResultsTranslator.didYouMean(query.text(), spelling)) : found;
        });
    }

    @Override
    public ActivityResults searchActivities(ActivityQuery query, List<String> crossLanguageAlternatives) {
        return read("search", ActivityResults.empty(query.text(), query.page(), query.size()), () -> ActivityRequests.translate(query, crossLanguageAlternatives,
                reads.search(ActivityRequests.build(query, crossLanguageAlternatives), ActivityDocument.class)));
    }

    @Override
    public List<Suggestions.Suggestion> titlesStartingWith(String prefix, String preferredLanguage, int size) {
        Query matching = Query.of(q -> q.bool(b -> b
                .must(SearchRequestFactory.titlePrefix(prefix))
                .filter(SearchRequestFactory.term("kind", IndexedVersionDocument.KIND))));
        return read("suggest", List.of(), () -> {
            SearchResponse<IndexedVersionDocument> response = reads.search(s -> s.index(IndexLayout.ALIAS)
                    .query(SearchRequestFactory.preferring(matching, preferredLanguage))
                    .size(size * 2)
                    .source(src -> src.filter(f -> f.includes("materialId", "language", "title"))), IndexedVersionDocument.class);
            List<Suggestions.Suggestion> titles = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Hit<IndexedVersionDocument> hit : response.hits().hits()) {
                IndexedVersionDocument doc = hit.source();
                if (doc != null && titles.size() < size && seen.add(IndexedVersionDocument.sortKey(doc.title))) {
                    titles.add(new Suggestions.Suggestion(doc.title, Suggestions.Suggestion.TITLE, doc.language, doc.materialId));
                }
            }
            return titles;
        });
    }

    @Override
    public List<SearchResults.Hit> versionsOf(String materialId, String preferredLanguage) {
        Query ofMaterial = Query.of(q -> q.term(t -> t.field("materialId").value(materialId)));
        return read("read a material", List.of(), () -> hits(reads.search(s -> s.index(IndexLayout.ALIAS)
                .query(SearchRequestFactory.preferring(ofMaterial, preferredLanguage))
                .size(50)
                .source(src -> src.filter(f -> f.excludes(EXCLUDED_SOURCE))), IndexedVersionDocument.class), preferredLanguage));
    }

    @Override
    public List<SearchResults.Hit> like(String materialId, List<String> languages, String preferredLanguage, int size) {
        Query like = Query.of(q -> q.bool(b -> b
                .must(m -> m.moreLikeThis(mlt -> {
                    mlt.fields("title", "summary", "text", "topics.text", "industries.text")
                            .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("10%");
                    languages.forEach(language -> mlt.like(l -> l.document(d -> d.index(IndexLayout.ALIAS)
                            .id(materialId + ":" + language))));
                    return mlt;
                }))
                .filter(SearchRequestFactory.term("kind", IndexedVersionDocument.KIND))
                .mustNot(n -> n.term(t -> t.field("materialId").value(materialId)))));
        return read("find related materials", List.of(), () -> hits(reads.search(s -> s.index(IndexLayout.ALIAS)
                .query(SearchRequestFactory.preferring(like, preferredLanguage))
                // one version per related material: the best, so the reader's language when it has one
                .collapse(c -> c.field("materialId"))
                .size(size)
                .source(src -> src.filter(f -> f.excludes(EXCLUDED_SOURCE))), IndexedVersionDocument.class), preferredLanguage));
    }

    /** A call to the engine that may fail with an I/O error. */
    @FunctionalInterface
    private interface EngineCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs a read; when the index does not exist yet (404, nothing indexed) the answer is
     * {@code withoutIndex}, any other failure is {@link IndexUnavailable}.
     */
    private static <T> T read(String what, T withoutIndex, EngineCall<T> call) {
        try {
            return call.call();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return withoutIndex;
            }
            throw unavailable(what, e);
        } catch (IOException e) {
            throw unavailable(what, e);
        }
    }

    private static final List<String> EXCLUDED_SOURCE = List.of("text", "local", "topicKeys", "industryKeys", "audienceKeys", "programKeys");

    private static List<SearchResults.Hit> hits(SearchResponse<IndexedVersionDocument> response, String preferredLanguage) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (Hit<IndexedVersionDocument> hit : response.hits().hits()) {
            if (hit.source() != null) {
                hits.add(SearchResultsTranslator.hit(preferredLanguage, hit.source(), Map.of(), hit.score(), false));
            }
        }
        return hits;
    }


    @Override
    public boolean isAvailable() {
        try {
            HealthStatus status = health.cluster().health(h -> h.timeout(t -> t.time("1s"))).status();
            return status != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static IndexUnavailable unavailable(String what, Exception e) {
        return new IndexUnavailable("Elasticsearch could not " + what + ": " + e.getMessage(), e);
    }
}
