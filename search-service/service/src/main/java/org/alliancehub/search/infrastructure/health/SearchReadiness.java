package org.alliancehub.search.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.ChangeIndexer;
import org.alliancehub.search.application.MaterialIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when Elasticsearch answers; reports how far the indexer is behind the feed. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    MaterialIndex index;

    @Inject
    ChangeIndexer indexer;

    @Override
    public HealthCheckResponse call() {
        ChangeIndexer.Status status = indexer.status();
        var response = HealthCheckResponse.named("search-elasticsearch")
                .status(index.isAvailable())
                .withData("indexerCursor", status.cursor())
                .withData("feedHead", status.feedHead());
        if (status.lastError() != null) {
            response.withData("indexerError", status.lastError());
        }
        return response.build();
    }
}
