package org.alliancehub.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/** One client per application, to the node or cluster at {@code alliancehub.elasticsearch.url}. */
@ApplicationScoped
public class ElasticsearchClientProducer {

    private static final Logger LOG = Logger.getLogger(ElasticsearchClientProducer.class.getName());

    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.url")
    String url;

    private RestClient restClient;
    private ElasticsearchClient client;

    /** Dependent scope: the client class cannot be proxied; this bean caches the one instance. */
    @Produces
    synchronized ElasticsearchClient client() {
        if (client == null) {
            restClient = RestClient.builder(HttpHost.create(url))
                    .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(30_000))
                    .build();
            // JSON through Payara's JSON-B; no tracing agent in the client
            client = new ElasticsearchClient(new RestClientTransport(restClient, new JsonbJsonpMapper(), null,
                    NoopInstrumentation.INSTANCE));
            LOG.info(() -> "Elasticsearch client for " + url);
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (restClient != null) {
            try {
                restClient.close();
            } catch (IOException e) {
                LOG.warning("Closing the Elasticsearch client: " + e.getMessage());
            }
        }
    }
}
