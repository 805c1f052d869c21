package org.alliancehub.web.infrastructure.client;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Connects to the search service at {@code alliancehub.search.url}. */
@ApplicationScoped
public class SearchServiceClient {

    @Inject
    @ConfigProperty(name = "alliancehub.search.url")
    String searchUrl;

    private SearchServiceApi api;
    private SearchBrowsingApi browsing;
    private SearchAnalyticsApi analytics;

    @PostConstruct
    void connect() {
        api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(searchUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build(SearchServiceApi.class);
        browsing = RestClientBuilder.newBuilder()
                .baseUri(URI.create(searchUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build(SearchBrowsingApi.class);
        analytics = RestClientBuilder.newBuilder()
                .baseUri(URI.create(searchUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .build(SearchAnalyticsApi.class);
    }

    public SearchServiceApi api() {
        return api;
    }

    /** What readers searched for: staff reports, with the curator's token. */
    public SearchAnalyticsApi analytics() {
        return analytics;
    }

    /** Newest or by title, without search words: what the feeds and the site map list. */
    public SearchBrowsingApi browsing() {
        return browsing;
    }
}
