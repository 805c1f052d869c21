package org.alliancehub.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.apache.http.HttpHost;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RestClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * One connection pool per application, to the node or cluster at {@code alliancehub.elasticsearch.url},
 * seen through three clients that differ only in how long they wait for an answer: a frozen or
 * overloaded engine must cost a reader seconds, not the 30 s the client waits by default, while a
 * bulk request to a slow but alive cluster deserves longer.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    private static final Logger LOG = Logger.getLogger(ElasticsearchClientProducer.class.getName());
    /** Connecting is quick or hopeless: the node is on the same network. */
    static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    /** Health must answer within 2 s, whatever the read timeout of searches is. */
    static final int HEALTH_TIMEOUT_MILLIS = 1_500;
    /** Searches, the indexer, health and a rebuild share the pool; searches are bounded by the use cases' bulkheads. */
    private static final int MAX_CONNECTIONS = 50;

    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.url")
    String url;

    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.read-timeout-millis", defaultValue = "2000")
    int readTimeoutMillis;

    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.indexing-timeout-millis", defaultValue = "60000")
    int indexingTimeoutMillis;

    private RestClient restClient;
    private ElasticsearchClients clients;

    /** Dependent scope: the client classes cannot be proxied; this bean caches the one instance. */
    @Produces
    synchronized ElasticsearchClients clients() {
        if (clients == null) {
            restClient = RestClient.builder(HttpHost.create(url))
                    .setRequestConfigCallback(config -> timeouts(config, readTimeoutMillis))
                    .setHttpClientConfigCallback(http -> http.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS))
                    .build();
            // JSON through Payara's JSON-B; no tracing agent in the client
            RestClientTransport transport = new RestClientTransport(restClient, new JsonbJsonpMapper(), null,
                    NoopInstrumentation.INSTANCE);
            ElasticsearchClient reads = new ElasticsearchClient(transport);
            clients = new ElasticsearchClients(reads, waitingAtMost(reads, transport, indexingTimeoutMillis),
                    waitingAtMost(reads, transport, Math.min(HEALTH_TIMEOUT_MILLIS, readTimeoutMillis)));
            LOG.info(() -> "Elasticsearch client for " + url + " (reads wait " + readTimeoutMillis + " ms, indexing "
                    + indexingTimeoutMillis + " ms)");
        }
        return clients;
    }

    /** The socket timeout also bounds the wait for a pooled connection, so a full pool fails as fast as a silent node. */
    private static RequestConfig.Builder timeouts(RequestConfig.Builder config, int readMillis) {
        return config.setConnectTimeout(CONNECT_TIMEOUT_MILLIS).setSocketTimeout(readMillis).setConnectionRequestTimeout(readMillis);
    }

    private static ElasticsearchClient waitingAtMost(ElasticsearchClient client, RestClientTransport transport, int readMillis) {
        RestClientOptions.Builder options = (RestClientOptions.Builder) transport.options().toBuilder();
        // a request's own config replaces the client's whole default, so the connect timeout is set again
        options.restClientRequestOptionsBuilder().setRequestConfig(timeouts(RequestConfig.custom(), readMillis).build());
        return client.withTransportOptions(options.build());
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
