package org.alliancehub.web.infrastructure.client;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.contracts.tracing.RequestIdForwarding;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceProblems;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.alliancehub.contracts.tracing.TracedLogger;

/** Connects to the search service at {@code alliancehub.search.url}. */
@ApplicationScoped
public class SearchServiceClient {

    @Inject
    @ConfigProperty(name = "alliancehub.search.url")
    String searchUrl;

    private SearchServiceApi api;
    private SearchBrowsingApi browsing;
    private SearchAnalyticsApi analytics;

    private static final java.util.logging.Logger LOG = TracedLogger.of(SearchServiceClient.class);

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService opened;

    @PostConstruct
    void connect() {
        api = build(SearchServiceApi.class, 5);
        browsing = build(SearchBrowsingApi.class, 5);
        // a report over many days aggregates more than a reader's search does
        analytics = RestClientBuilder.newBuilder().baseUri(URI.create(searchUrl))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                .register(WorkspaceProblems.class).register(RequestIdForwarding.class).build(SearchAnalyticsApi.class);
    }

    private <T> T build(Class<T> type, long readSeconds) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(searchUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(readSeconds, TimeUnit.SECONDS)
                .register(RequestIdForwarding.class)
                .build(type);
    }

    public SearchServiceApi api() {
        return api;
    }

    /**
     * What readers searched for (staff reports, with the curator's token): the answer, a
     * {@link WorkspaceRefusal} for a refused request, or {@link ServiceUnavailable}.
     */
    public <T> T analytics(String what, Function<SearchAnalyticsApi, T> call) {
        return RemoteCall.answer("search service", what, () -> call.apply(analytics));
    }

    /**
     * Tells the search service that a reader opened a result of a search, off the request: the page
     * never waits for it, and an answer that does not come is only logged.
     */
    public void resultOpened(String query, String readerLanguage, String program, String materialId) {
        try {
            opened.execute(() -> {
                try {
                    analytics.opened(query, readerLanguage, program, materialId);
                } catch (RuntimeException e) {
                    LOG.fine(() -> "An opened result was not counted: " + e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException busy) {
            LOG.fine("An opened result was not counted: the executor is busy");
        }
    }

    /** Newest or by title, without search words: what the feeds and the site map list. */
    public SearchBrowsingApi browsing() {
        return browsing;
    }
}
