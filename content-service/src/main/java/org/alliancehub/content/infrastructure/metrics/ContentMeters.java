package org.alliancehub.content.infrastructure.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.alliancehub.content.application.ExtractionQueue;
import org.alliancehub.contracts.metrics.ServiceMetrics;
import org.alliancehub.domain.model.material.Extraction;

/**
 * The content service's own meters: this instance's extraction queue (files waiting and being read,
 * results since start and how many failed), and the files the whole cluster still has to read or
 * could not read, from the database.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ContentMeters {

    /** Scrapes come every few seconds; the database is counted at most this often. */
    private static final Duration COUNTED_FOR = Duration.ofSeconds(5);

    @Inject
    ExtractionQueue extractions;

    @PersistenceContext(unitName = "content")
    EntityManager em;

    private Map<Extraction.Status, Long> files = new EnumMap<>(Extraction.Status.class);
    private Instant countedAt = Instant.EPOCH;

    @PostConstruct
    void register() {
        MeterRegistry registry = ServiceMetrics.registry();
        Gauge.builder(ServiceMetrics.named("extraction.queue.waiting"), () -> extractions.status().waiting())
                .description("Files this instance has queued for text extraction").register(registry);
        Gauge.builder(ServiceMetrics.named("extraction.queue.running"), () -> extractions.status().running())
                .description("Files this instance is reading now").register(registry);
        FunctionCounter.builder(ServiceMetrics.named("extractions"), extractions, q -> q.status().finished() - q.status().failed())
                .tag("outcome", "done").description("Extraction results this instance recorded").register(registry);
        FunctionCounter.builder(ServiceMetrics.named("extractions"), extractions, q -> q.status().failed())
                .tag("outcome", "failed").description("Extraction results this instance recorded").register(registry);
        for (Extraction.Status status : List.of(Extraction.Status.PENDING, Extraction.Status.FAILED)) {
            Gauge.builder(ServiceMetrics.named("extraction.files"), () -> counted().getOrDefault(status, 0L))
                    .tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Stored files waiting for extraction, or whose extraction failed (all instances)")
                    .register(registry);
        }
    }

    private synchronized Map<Extraction.Status, Long> counted() {
        Instant now = Instant.now();
        if (countedAt.plus(COUNTED_FOR).isBefore(now)) {
            Map<Extraction.Status, Long> counts = new EnumMap<>(Extraction.Status.class);
            for (Object row : em.createNativeQuery("SELECT extraction_status, count(*) FROM language_version "
                    + "WHERE extraction_status IN ('PENDING', 'FAILED') GROUP BY extraction_status").getResultList()) {
                Object[] columns = (Object[]) row;
                counts.put(Extraction.Status.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
            }
            files = counts;
            countedAt = now;
        }
        return files;
    }
}
