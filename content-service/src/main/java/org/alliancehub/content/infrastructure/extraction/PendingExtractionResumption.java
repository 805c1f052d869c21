package org.alliancehub.content.infrastructure.extraction;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.alliancehub.content.application.ExtractionClaims;
import org.alliancehub.content.application.IngestionService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * At start, and every {@code alliancehub.extraction.rescan-seconds} after, queues the files still
 * waiting for extraction: an upload accepted before a restart is still read, and with several
 * instances, the files an instance that died had claimed are taken over once its claims lapse.
 * A file another instance is reading is left to it (see ManagedExtractionQueue).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class PendingExtractionResumption {

    private static final Logger LOG = TracedLogger.of(PendingExtractionResumption.class);
    /** A claim lapsed this long ago belongs to a file nobody will read again (deleted, or since replaced). */
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    @Inject
    IngestionService ingestion;

    @Inject
    ExtractionClaims claims;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "alliancehub.extraction.rescan-seconds", defaultValue = "30")
    long rescanSeconds;

    private ScheduledFuture<?> rescanning;
    private boolean started;
    private boolean failing;

    @PostConstruct
    void resume() {
        rescan();
        rescanning = scheduler.scheduleWithFixedDelay(this::rescan, rescanSeconds, rescanSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (rescanning != null) {
            rescanning.cancel(false);
        }
    }

    private synchronized void rescan() {
        try {
            int waiting = ingestion.resumePendingExtractions();
            if (!started && waiting > 0) {
                LOG.info(() -> "Resumed " + waiting + " extraction(s) left waiting when the service stopped");
            }
            started = true;
            claims.forgetLapsed(FORGOTTEN_AFTER);
            failing = false;
        } catch (RuntimeException e) {
            // the database is away; the next round looks again
            if (!failing) {
                LOG.warning("Could not look for files waiting for extraction: " + e.getMessage());
            }
            failing = true;
        }
    }
}
