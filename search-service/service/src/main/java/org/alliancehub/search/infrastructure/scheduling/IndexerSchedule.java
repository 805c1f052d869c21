package org.alliancehub.search.infrastructure.scheduling;

import java.time.Duration;
import java.time.Instant;
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

import org.alliancehub.search.application.ChangeIndexer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Polls the change feed every {@code alliancehub.indexer.poll-millis} on a managed executor,
 * never on a request thread. After a failure (content service or Elasticsearch down) it backs off
 * exponentially up to 30 s, then catches up from the stored cursor.
 */
@Startup
@Singleton
public class IndexerSchedule {

    private static final Logger LOG = TracedLogger.of(IndexerSchedule.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ChangeIndexer indexer;

    @Inject
    @ConfigProperty(name = "alliancehub.indexer.poll-millis", defaultValue = "500")
    long pollMillis;

    private ScheduledFuture<?> task;
    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;

    @PostConstruct
    void start() {
        task = executor.scheduleWithFixedDelay(this::tick, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (Instant.now().isBefore(nextAttempt)) {
            return;
        }
        try {
            indexer.catchUp();
            consecutiveFailures = 0;
            nextAttempt = Instant.MIN;
        } catch (RuntimeException e) {
            consecutiveFailures++;
            long backoff = Math.min(MAX_BACKOFF.toMillis(), pollMillis * (1L << Math.min(consecutiveFailures, 16)));
            nextAttempt = Instant.now().plusMillis(backoff);
            LOG.log(Level.FINE, "Indexer attempt failed; next in " + backoff + " ms", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
