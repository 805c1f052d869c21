package org.alliancehub.content.infrastructure.extraction;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.alliancehub.content.application.IngestionService;

/**
 * At start, queues the files whose extraction was still waiting when the service last stopped, so
 * that an upload accepted before a restart is still read.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class PendingExtractionResumption {

    private static final Logger LOG = Logger.getLogger(PendingExtractionResumption.class.getName());

    @Inject
    IngestionService ingestion;

    @PostConstruct
    void resume() {
        int resumed = ingestion.resumePendingExtractions();
        if (resumed > 0) {
            LOG.info(() -> "Resumed " + resumed + " extraction(s) left waiting when the service stopped");
        }
    }
}
