package org.alliancehub.content.infrastructure.extraction;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.content.application.ExtractionQueue;
import org.alliancehub.content.application.FileStore;
import org.alliancehub.content.application.TextExtractor;
import org.alliancehub.content.application.internal.ExtractionRecorder;
import org.alliancehub.domain.model.material.Extraction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Extraction off the request: jobs run on {@code alliancehub.extraction.concurrency} threads from the
 * container's managed thread factory, each parse with its own deadline
 * ({@code alliancehub.extraction.timeout-seconds}, checked while text flows); a watchdog on the
 * managed scheduler interrupts a parse that stops producing text and records it as failed. Exactly
 * one result is recorded per job.
 */
@ApplicationScoped
public class ManagedExtractionQueue implements ExtractionQueue {

    private static final Logger LOG = Logger.getLogger(ManagedExtractionQueue.class.getName());

    @Resource
    ManagedScheduledExecutorService watchdog;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    FileStore files;

    @Inject
    TextExtractor extractor;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    @ConfigProperty(name = "alliancehub.extraction.timeout-seconds", defaultValue = "30")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "alliancehub.extraction.max-characters", defaultValue = "5000000")
    int maxCharacters;

    @Inject
    @ConfigProperty(name = "alliancehub.extraction.max-depth", defaultValue = "3")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "alliancehub.extraction.concurrency", defaultValue = "2")
    int concurrency;

    private ExecutorService parsers;

    @PostConstruct
    void start() {
        parsers = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    }

    @PreDestroy
    void stop() {
        parsers.shutdownNow();
    }

    @Override
    public void schedule(Job job) {
        AtomicBoolean recorded = new AtomicBoolean();
        AtomicReference<Future<?>> running = new AtomicReference<>();
        running.set(parsers.submit(() -> {
            // the watchdog starts when the parse does, not while the job waits in the queue
            watchdog.schedule(() -> {
                Future<?> parse = running.get();
                if (parse != null && !parse.isDone() && recorded.compareAndSet(false, true)) {
                    parse.cancel(true);
                    record(job, Extraction.failed("Reading the file took longer than " + timeoutSeconds + " s.", now()));
                }
            }, timeoutSeconds + 5, TimeUnit.SECONDS);
            Extraction result = extract(job);
            if (recorded.compareAndSet(false, true)) {
                record(job, result);
            }
        }));
    }

    private Extraction extract(Job job) {
        try {
            Path file = files.locate(job.sha256());
            TextExtractor.Document doc = extractor.extract(file,
                    new TextExtractor.Limits(Duration.ofSeconds(timeoutSeconds), maxCharacters, maxDepth));
            return Extraction.done(doc.text(), doc.truncated(), doc.pageCount(), doc.title(), doc.author(),
                    doc.created(), doc.language(), now());
        } catch (TextExtractor.Failed e) {
            return Extraction.failed(e.getMessage(), now());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Extraction of " + job + " failed unexpectedly", e);
            return Extraction.failed("The file could not be read.", now());
        }
    }

    private void record(Job job, Extraction result) {
        try {
            recorder.record(job.materialId(), job.language(), job.sha256(), result);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the extraction of " + job, e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
