package org.alliancehub.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.IndexedVersion;
import org.alliancehub.search.application.MaterialChange;
import org.alliancehub.search.application.MaterialIndex;
import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.search.application.SearchResults;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;

/** The material index in Elasticsearch. */
@ApplicationScoped
public class ElasticsearchMaterialIndex implements MaterialIndex {

    @Inject
    ElasticsearchClient client;

    private final SearchRequestFactory requests = new SearchRequestFactory();

    @Override
    public void prepare() {
        try {
            java.util.Set<String> current = client.indices().existsAlias(e -> e.name(IndexLayout.ALIAS)).value()
                    ? client.indices().getAlias(a -> a.name(IndexLayout.ALIAS)).result().keySet()
                    : java.util.Set.of();
            if (current.contains(IndexLayout.CURRENT_INDEX)) {
                return;
            }
            if (!client.indices().exists(e -> e.index(IndexLayout.CURRENT_INDEX)).value()) {
                try (InputStream settings = ElasticsearchMaterialIndex.class.getResourceAsStream(IndexLayout.SETTINGS_RESOURCE)) {
                    client.indices().create(c -> c.index(IndexLayout.CURRENT_INDEX).withJson(settings));
                }
            }
            // one atomic alias swap; the older index (an older mapping) goes away after it
            client.indices().updateAliases(u -> {
                current.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(IndexLayout.ALIAS))));
                return u.actions(a -> a.add(add -> add.index(IndexLayout.CURRENT_INDEX).alias(IndexLayout.ALIAS).isWriteIndex(true)));
            });
            for (String old : current) {
                client.indices().delete(d -> d.index(old));
            }
        } catch (ElasticsearchException e) {
            if (e.error() != null && "resource_already_exists_exception".equals(e.error().type())) {
                return;
            }
            throw unavailable("create the index", e);
        } catch (IOException | RuntimeException e) {
            throw unavailable("create the index", e);
        }
    }

    @Override
    public void apply(List<MaterialChange> changes) {
        // later changes of the same material supersede earlier ones in the same batch
        Map<String, MaterialChange> latest = new LinkedHashMap<>();
        for (MaterialChange change : changes) {
            latest.remove(change.materialId());
            latest.put(change.materialId(), change);
        }
        try {
            Set<String> existing = existingDocumentIds(latest.keySet());
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(IndexLayout.ALIAS);
            Set<String> kept = new HashSet<>();
            int operations = 0;
            for (MaterialChange change : latest.values()) {
                for (IndexedVersion version : change.versions()) {
                    kept.add(version.documentId());
                    IndexedVersionDocument doc = IndexedVersionDocument.of(version);
                    bulk.operations(op -> op.index(i -> i.id(version.documentId()).document(doc)));
                    operations++;
                }
            }
            for (String id : existing) {
                if (!kept.contains(id)) {
                    bulk.operations(op -> op.delete(d -> d.id(id)));
                    operations++;
                }
            }
            if (operations == 0) {
                return;
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                List<String> reasons = new ArrayList<>();
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null && !(item.status() == 404 && "delete".equals(item.operationType().jsonValue()))) {
                        reasons.add(item.id() + ": " + item.error().reason());
                    }
                }
                if (!reasons.isEmpty()) {
                    throw new Unavailable("Elasticsearch refused part of a bulk request: " + reasons, null);
                }
            }
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("index changes", e);
        }
    }

    private Set<String> existingDocumentIds(Set<String> materialIds) throws IOException {
        if (materialIds.isEmpty()) {
            return Set.of();
        }
        List<FieldValue> ids = materialIds.stream().map(FieldValue::of).toList();
        SearchResponse<Void> response = client.search(s -> s.index(IndexLayout.ALIAS)
                .query(q -> q.terms(t -> t.field("materialId").terms(v -> v.value(ids))))
                .source(src -> src.fetch(false))
                .size(10_000), Void.class);
        Set<String> found = new HashSet<>();
        for (Hit<Void> hit : response.hits().hits()) {
            found.add(hit.id());
        }
        return found;
    }

    @Override
    public long cursor() {
        try {
            String index = concreteIndex();
            GetResponse<IndexerCursorDocument> doc = client.get(g -> g.index(IndexLayout.CURSOR_INDEX).id(index),
                    IndexerCursorDocument.class);
            return doc.found() && doc.source() != null ? doc.source().cursor : 0;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return 0;
            }
            throw unavailable("read the indexer cursor", e);
        } catch (IOException e) {
            throw unavailable("read the indexer cursor", e);
        }
    }

    @Override
    public void saveCursor(long seq) {
        try {
            IndexerCursorDocument doc = new IndexerCursorDocument();
            doc.cursor = seq;
            doc.index = concreteIndex();
            // the cursor is written after the batch it covers; a crash in between only repeats that batch
            client.index(i -> i.index(IndexLayout.CURSOR_INDEX).id(doc.index).document(doc).refresh(Refresh.False));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("store the indexer cursor", e);
        }
    }

    private String concreteIndex() throws IOException {
        GetAliasResponse alias = client.indices().getAlias(a -> a.name(IndexLayout.ALIAS));
        return alias.result().keySet().stream().findFirst().orElse(IndexLayout.CURRENT_INDEX);
    }

    @Override
    public SearchResults search(SearchQuery query) {
        try {
            SearchResponse<IndexedVersionDocument> response = client.search(requests.build(query), IndexedVersionDocument.class);
            return SearchResultsTranslator.translate(query, response);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                // nothing indexed yet
                return new SearchResults(query.text(), 0, query.page(), query.size(), List.of(), Map.of());
            }
            throw unavailable("search", e);
        } catch (IOException e) {
            throw unavailable("search", e);
        }
    }

    @Override
    public boolean isAvailable() {
        try {
            HealthStatus status = client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
            return status != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Unavailable unavailable(String what, Exception e) {
        return new Unavailable("Elasticsearch could not " + what + ": " + e.getMessage(), e);
    }
}
