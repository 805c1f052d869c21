package org.alliancehub.content.infrastructure.storage;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.alliancehub.content.application.FileSweep;
import org.alliancehub.content.application.ScheduledRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Sweeps unreferenced files every {@code alliancehub.files.sweep-interval-hours} (0: never), first an
 * hour after start; with several instances on one file store, only the one that claims the run.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FileSweepSchedule {

    private static final Logger LOG = TracedLogger.of(FileSweepSchedule.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    FileSweep sweep;

    @Inject
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "alliancehub.files.sweep-interval-hours", defaultValue = "24")
    long intervalHours;

    private ScheduledFuture<?> scheduled;

    @PostConstruct
    void start() {
        if (intervalHours > 0) {
            scheduled = scheduler.scheduleWithFixedDelay(this::sweepQuietly, 60, intervalHours * 60, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private void sweepQuietly() {
        try {
            if (runs.claim(FileSweep.TASK, Duration.ofHours(intervalHours))) {
                sweep.sweep();
            }
        } catch (RuntimeException e) {
            // the next round tries again; a failed sweep deletes nothing it should not
            LOG.log(Level.WARNING, "The sweep of unreferenced files failed", e);
        }
    }
}
