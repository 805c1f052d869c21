package org.alliancehub.search.infrastructure.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.alliancehub.contracts.metrics.ServiceMetrics;
import org.alliancehub.search.application.ChangeIndexer;

/**
 * The indexer's meters: how far it has read the content change feed, the feed's head as last read,
 * and the difference, the changes not searchable yet. (Searches by outcome are counted where they
 * are answered.)
 */
@Startup
@Singleton
public class SearchMeters {

    @Inject
    ChangeIndexer indexer;

    @PostConstruct
    void register() {
        MeterRegistry registry = ServiceMetrics.registry();
        Gauge.builder(ServiceMetrics.named("indexer.cursor"), () -> indexer.status().cursor())
                .description("The last change of the content feed the live index holds").register(registry);
        Gauge.builder(ServiceMetrics.named("indexer.feed.head"), () -> indexer.status().feedHead())
                .description("The content feed's last change, as last read").register(registry);
        Gauge.builder(ServiceMetrics.named("indexer.lag"), () -> lag(indexer.status()))
                .description("Changes of the content feed the live index does not hold yet").register(registry);
    }

    static long lag(ChangeIndexer.Status status) {
        return Math.max(0, status.feedHead() - status.cursor());
    }
}
