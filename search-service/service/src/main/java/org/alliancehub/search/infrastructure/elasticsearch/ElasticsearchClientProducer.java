package org.alliancehub.search.infrastructure.elasticsearch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.nio.reactor.IOReactorConfig;
import org.elasticsearch.client.RestClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * One connection pool per application, to the node or cluster at {@code alliancehub.elasticsearch.url}
 * (several comma-separated nodes of one cluster: the client sends each request to the next live
 * one and retries on another when a node fails), with a secured cluster's credentials (user and
 * password, or an API key) and the CA that signed its certificates; seen through three clients that differ only in how long they wait for an answer: a frozen or
 * overloaded engine must cost a reader seconds, not the 30 s the client waits by default, while a
 * bulk request to a slow but alive cluster deserves longer.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    private static final Logger LOG = TracedLogger.of(ElasticsearchClientProducer.class);
    /** Connecting is quick or hopeless: the node is on the same network. */
    static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    /** Health must answer within 2 s, whatever the read timeout of searches is. */
    static final int HEALTH_TIMEOUT_MILLIS = 1_500;
    /** Searches, the indexer, health and a rebuild share the pool; searches are bounded by the use cases' bulkheads. */
    private static final int MAX_CONNECTIONS = 50;
    private static final int SELECT_INTERVAL_MILLIS = 100;

    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.url")
    String url;

    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.api-key")
    Optional<String> apiKey;

    /** A PEM file with the CA that signed the cluster's HTTP certificates (Elasticsearch's {@code http_ca.crt}). */
    @Inject
    @ConfigProperty(name = "alliancehub.elasticsearch.ca-file")
    Optional<String> caFile;

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
            restClient = restClient(url, readTimeoutMillis, authorization(username, password, apiKey),
                    caFile.filter(f -> !f.isBlank()).map(ElasticsearchClientProducer::trusting));
            // JSON through Payara's JSON-B
            clients = clients(restClient, new JsonbJsonpMapper(), readTimeoutMillis, indexingTimeoutMillis);
            LOG.info(() -> "Elasticsearch client for " + url + " (reads wait " + readTimeoutMillis + " ms, indexing "
                    + indexingTimeoutMillis + " ms" + (apiKey.isPresent() ? ", API key" : username.isPresent() ? ", user " + username.get() : "")
                    + (caFile.isPresent() ? ", CA " + caFile.get() : "") + ")");
        }
        return clients;
    }

    static RestClient restClient(String url, int readMillis) {
        return restClient(url, readMillis, Optional.empty(), Optional.empty());
    }

    static RestClient restClient(String urls, int readMillis, Optional<String> authorization, Optional<SSLContext> tls) {
        HttpHost[] nodes = Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty())
                .map(HttpHost::create).toArray(HttpHost[]::new);
        if (nodes.length == 0) {
            throw new IllegalArgumentException("alliancehub.elasticsearch.url names no node");
        }
        return RestClient.builder(nodes)
                .setDefaultHeaders(authorization.map(a -> new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, a)})
                        .orElse(new Header[0]))
                .setRequestConfigCallback(config -> timeouts(config, readMillis))
                .setHttpClientConfigCallback(http -> {
                    tls.ifPresent(http::setSSLContext);
                    return http.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS * nodes.length)
                            // the I/O reactor checks timeouts at each select, by default once a second: 1.5 s would become 2 s
                            .setDefaultIOReactorConfig(IOReactorConfig.custom().setSelectInterval(SELECT_INTERVAL_MILLIS).build());
                })
                .build();
    }

    /** TLS that trusts the cluster's own CA; a file that is not one stops the start. */
    static SSLContext trusting(String caFile) {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(new File(caFile.strip()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("alliancehub.elasticsearch.ca-file " + caFile + " is not a readable PEM certificate: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The {@code Authorization} header for a secured cluster: an API key (as Kibana shows it, the
     * base64 of id:key), or a user and password; neither for an open node, never both.
     */
    static Optional<String> authorization(Optional<String> username, Optional<String> password, Optional<String> apiKey) {
        Optional<String> user = username.map(String::strip).filter(u -> !u.isEmpty());
        Optional<String> key = apiKey.map(String::strip).filter(k -> !k.isEmpty());
        if (user.isPresent() && key.isPresent()) {
            throw new IllegalArgumentException("Set alliancehub.elasticsearch.api-key or alliancehub.elasticsearch.username, not both");
        }
        if (key.isPresent()) {
            return Optional.of("ApiKey " + key.get());
        }
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String secret = password.filter(p -> !p.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("alliancehub.elasticsearch.username needs alliancehub.elasticsearch.password"));
        return Optional.of("Basic " + Base64.getEncoder().encodeToString((user.get() + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    static ElasticsearchClients clients(RestClient restClient, JsonpMapper mapper, int readMillis, int indexingMillis) {
        // no tracing agent in the client
        RestClientTransport transport = new RestClientTransport(restClient, mapper, null, NoopInstrumentation.INSTANCE);
        ElasticsearchClient reads = new ElasticsearchClient(transport);
        return new ElasticsearchClients(reads, waitingAtMost(reads, transport, indexingMillis),
                waitingAtMost(reads, transport, Math.min(HEALTH_TIMEOUT_MILLIS, readMillis)));
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
