package org.alliancehub.content.infrastructure.extraction;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
 * Extraction off the request: each job waits on the managed executor for one of
 * {@code alliancehub.extraction.concurrency} parser threads, gives the parse
 * {@code alliancehub.extraction.timeout-seconds}, and records the result (or the reason it failed).
 */
@ApplicationScoped
public class ManagedExtractionQueue implements ExtractionQueue {

    private static final Logger LOG = Logger.getLogger(ManagedExtractionQueue.class.getName());

    @Resource
    ManagedExecutorService executor;

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
        executor.submit(() -> run(job));
    }

    private void run(Job job) {
        Extraction result;
        try {
            Path file = files.locate(job.sha256());
            TextExtractor.Limits limits = new TextExtractor.Limits(Duration.ofSeconds(timeoutSeconds), maxCharacters, maxDepth);
            Future<TextExtractor.Document> parse = parsers.submit(() -> extractor.extract(file, limits));
            try {
                // the parse's own deadline stops well-behaved parsers; this one catches the rest
                TextExtractor.Document doc = parse.get(timeoutSeconds + 5, TimeUnit.SECONDS);
                result = Extraction.done(doc.text(), doc.truncated(), doc.pageCount(), doc.title(), doc.author(),
                        doc.created(), doc.language(), now());
            } catch (TimeoutException e) {
                parse.cancel(true);
                result = Extraction.failed("Reading the file took longer than " + timeoutSeconds + " s.", now());
            } catch (ExecutionException e) {
                String reason = e.getCause() instanceof TextExtractor.Failed failed ? failed.getMessage()
                        : "The file could not be read.";
                result = Extraction.failed(reason, now());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Extraction of " + job + " failed unexpectedly", e);
            result = Extraction.failed("The file could not be read.", now());
        }
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
