package org.alliancehub.search.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.ChangeIndexer;
import org.alliancehub.search.application.SearchEngineHealth;
import org.alliancehub.search.application.RefusedChange;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when Elasticsearch answers (asked with a short read timeout, so a frozen engine is DOWN
 * within 2 s); reports how far the indexer is behind the feed, and changes the index refused. A
 * refused change leaves the check UP: search works, one document is missing, staff should look.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchEngineHealth engine;

    @Inject
    ChangeIndexer indexer;

    @Override
    public HealthCheckResponse call() {
        ChangeIndexer.Status status = indexer.status();
        var response = HealthCheckResponse.named("search-elasticsearch")
                .status(engine.isAvailable())
                .withData("indexerCursor", status.cursor())
                .withData("feedHead", status.feedHead());
        if (status.lastError() != null) {
            response.withData("indexerError", status.lastError());
        }
        if (!status.refused().isEmpty()) {
            RefusedChange last = status.refused().get(status.refused().size() - 1);
            response.withData("refusedChanges", status.refused().size())
                    .withData("lastRefused", "feed entry " + last.seq() + " (" + last.subject() + ") at " + last.at()
                            + ": " + last.reason() + "; all at GET /search/api/index");
        }
        return response.build();
    }
}
