package org.alliancehub.search.infrastructure.scheduling;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.alliancehub.search.application.SearchAnalytics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Writes the search analytics queue every {@code alliancehub.analytics.flush-millis} and removes
 * expired raw events every hour, on a managed executor, never on a request thread; what is queued
 * when the service stops is written first.
 */
@Startup
@Singleton
public class AnalyticsSchedule {

    private static final Logger LOG = TracedLogger.of(AnalyticsSchedule.class);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SearchAnalytics analytics;

    /**
     * Every five seconds, not every second: each write adds a count document per query searched
     * meanwhile, and at one a second the writes cost Elasticsearch about 1.4 ms of CPU per search
     * against 0.3 ms at five (bench/README.md). A crash loses what the queue holds, at most this long.
     */
    @Inject
    @ConfigProperty(name = "alliancehub.analytics.flush-millis", defaultValue = "5000")
    long flushMillis;

    private ScheduledFuture<?> flushing;
    private ScheduledFuture<?> expiring;

    @PostConstruct
    void start() {
        flushing = executor.scheduleWithFixedDelay(this::flush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
        expiring = executor.scheduleWithFixedDelay(analytics::expire, 1, 60, TimeUnit.MINUTES);
    }

    private void flush() {
        try {
            analytics.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Search analytics flush failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        if (expiring != null) {
            expiring.cancel(false);
        }
        flush();
    }
}
