package org.alliancehub.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.IndexUnavailable;
import org.alliancehub.search.application.IndexerLease;
import org.alliancehub.search.application.IndexerLeases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexRequest;
import co.elastic.clients.elasticsearch.core.IndexResponse;

/**
 * The indexer's lease as one document, changed by Elasticsearch's optimistic concurrency control:
 * a write names the sequence number and primary term it read ({@code if_seq_no}, {@code
 * if_primary_term}), the first write creates ({@code op_type=create}), and a 409 means another
 * instance wrote first. A get is real-time, so every instance reads the latest write.
 */
@ApplicationScoped
public class ElasticsearchIndexerLeases implements IndexerLeases {

    static final String LEASE_ID = "indexer-lease";

    private ElasticsearchClient client;

    @Inject
    void connect(ElasticsearchClients clients) {
        client = clients.indexing();
    }

    @Override
    public Optional<Stored> read() {
        try {
            GetResponse<IndexerLeaseDocument> doc = client.get(g -> g.index(IndexLayout.CURSOR_INDEX).id(LEASE_ID),
                    IndexerLeaseDocument.class);
            if (!doc.found() || doc.source() == null) {
                return Optional.empty();
            }
            return Optional.of(new Stored(doc.source().lease(), new Revision(doc.seqNo(), doc.primaryTerm())));
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw new IndexUnavailable("Elasticsearch could not read the indexer's lease: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexUnavailable("Elasticsearch could not read the indexer's lease: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Revision> write(Optional<Revision> expected, IndexerLease lease) {
        IndexRequest.Builder<IndexerLeaseDocument> request = new IndexRequest.Builder<IndexerLeaseDocument>()
                .index(IndexLayout.CURSOR_INDEX).id(LEASE_ID).document(IndexerLeaseDocument.of(lease));
        expected.ifPresentOrElse(r -> request.ifSeqNo(r.sequence()).ifPrimaryTerm(r.term()), () -> request.opType(OpType.Create));
        try {
            IndexResponse written = client.index(request.build());
            return Optional.of(new Revision(written.seqNo(), written.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw new IndexUnavailable("Elasticsearch could not write the indexer's lease: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexUnavailable("Elasticsearch could not write the indexer's lease: " + e.getMessage(), e);
        }
    }
}
