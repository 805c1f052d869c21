package org.alliancehub.content.infrastructure.extraction;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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

import org.alliancehub.content.application.AccessibilityCheck;
import org.alliancehub.content.application.ExtractionClaims;
import org.alliancehub.content.application.ExtractionQueue;
import org.alliancehub.content.application.FileStore;
import org.alliancehub.content.application.TextExtractor;
import org.alliancehub.content.application.internal.ExtractionRecorder;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Extraction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Extraction off the request: jobs run on {@code alliancehub.extraction.concurrency} threads from the
 * container's managed thread factory, each parse with its own deadline
 * ({@code alliancehub.extraction.timeout-seconds}, checked while text flows). A watchdog on the
 * managed scheduler looks at the running parses every second, interrupts one that has stopped
 * producing text past its deadline and records it as failed. Exactly one result is recorded per job.
 *
 * <p>With several instances on one database, a job is claimed just before its parse starts (so a
 * waiting job never holds a claim, and uploads never wait for one), for the longest a parse can take
 * plus a margin; an instance that finds the job claimed by another leaves it. When an instance dies,
 * its claims lapse and the others' rescan of the waiting files takes them over.
 */
@ApplicationScoped
public class ManagedExtractionQueue implements ExtractionQueue {

    private static final Logger LOG = TracedLogger.of(ManagedExtractionQueue.class);
    /** Grace beyond the timeout: the parse's own deadline check normally ends it first. */
    private static final long WATCHDOG_GRACE_SECONDS = 5;
    /** Beyond the longest parse, for the accessibility check and recording the result. */
    private static final long CLAIM_MARGIN_SECONDS = 10;

    @Resource
    ManagedScheduledExecutorService watchdog;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    FileStore files;

    @Inject
    TextExtractor extractor;

    @Inject
    AccessibilityCheck accessibility;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ExtractionClaims claims;

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

    private ThreadPoolExecutor parsers;
    private ScheduledFuture<?> watching;
    /** The parses under way; one periodic look instead of a scheduled task per job. */
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final AtomicLong finished = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong claimedElsewhere = new AtomicLong();
    /** The jobs waiting or being read here, so a rescan does not queue one twice. */
    private final Set<Job> known = ConcurrentHashMap.newKeySet();
    private final AtomicReference<OffsetDateTime> lastFinishedAt = new AtomicReference<>();

    /** A job being parsed: its deadline, its worker, and whether its result is recorded yet. */
    private final class Running {
        final Job job;
        final long deadline;
        final AtomicBoolean recorded = new AtomicBoolean();
        final FutureTask<Void> worker = new FutureTask<>(this::parseAndRecord, null);

        Running(Job job) {
            this.job = job;
            // the deadline starts when the parse does, not while the job waits in the queue
            this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds + WATCHDOG_GRACE_SECONDS);
        }

        private void parseAndRecord() {
            Extraction result = extract(job);
            if (recorded.compareAndSet(false, true)) {
                record(job, result);
            }
        }
    }

    @PostConstruct
    void start() {
        parsers = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        watching = watchdog.scheduleWithFixedDelay(this::stopOverdue, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        watching.cancel(false);
        parsers.shutdownNow();
    }

    @Override
    public void schedule(Job job) {
        if (!known.add(job)) {
            return;
        }
        parsers.execute(() -> {
            try {
                if (!claimed(job)) {
                    return;
                }
                Running parse = new Running(job);
                running.add(parse);
                try {
                    parse.worker.run();
                } finally {
                    running.remove(parse);
                    // an interrupt meant for this parse must not reach the thread's next one
                    Thread.interrupted();
                }
            } finally {
                known.remove(job);
            }
        });
    }

    /** The longest a claimed parse lasts before the watchdog records it failed, and a margin for recording. */
    Duration claimTerm() {
        return Duration.ofSeconds(timeoutSeconds + WATCHDOG_GRACE_SECONDS + CLAIM_MARGIN_SECONDS);
    }

    private boolean claimed(Job job) {
        try {
            if (claims.claim(job, claimTerm())) {
                return true;
            }
            claimedElsewhere.incrementAndGet();
            LOG.fine(() -> "Another instance reads " + job + "; left to it");
        } catch (RuntimeException e) {
            // the database is away: the job stays waiting in it, and the next rescan queues it again
            LOG.warning(() -> "Could not claim " + job + " (" + e.getMessage() + "); it waits for the next rescan");
        }
        return false;
    }

    @Override
    public Status status() {
        int underway = running.size();
        return new Status(parsers.getQueue().size(), underway, finished.get(), failed.get(), lastFinishedAt.get(),
                claimedElsewhere.get());
    }

    private void stopOverdue() {
        long now = System.nanoTime();
        for (Running parse : running) {
            if (now - parse.deadline > 0 && parse.recorded.compareAndSet(false, true)) {
                parse.worker.cancel(true);
                String reason = "Reading the file took longer than " + timeoutSeconds + " s.";
                logFailure(parse.job, reason, null);
                record(parse.job, Extraction.failed(reason, now()));
            }
        }
    }

    Extraction extract(Job job) {
        try {
            Path file = files.locate(job.sha256());
            TextExtractor.Document doc = extractor.extract(file, job.mediaType(),
                    new TextExtractor.Limits(Duration.ofSeconds(timeoutSeconds), maxCharacters, maxDepth));
            // after the text: a file Tika could not read has no findings to check
            return Extraction.done(doc.text(), doc.truncated(), doc.pageCount(), doc.title(), doc.author(),
                    doc.created(), doc.language(), LanguageCode.of(job.language()),
                    accessibility.check(file, job.mediaType()).orElse(null), now());
        } catch (TextExtractor.Failed e) {
            logFailure(job, e.getMessage(), e.getCause());
            return Extraction.failed(e.getMessage(), now());
        } catch (Exception e) {
            String reason = "The file could not be read.";
            logFailure(job, reason, e);
            return Extraction.failed(reason, now());
        }
    }

    /**
     * One WARNING line per failed extraction, keyed by the stored file's hash (the file to fetch
     * to reproduce it), with the partner's reason and the chain of causes; the stack trace at FINE.
     * Without it, a parser bug shows only as a FAILED status that says "could not be read".
     */
    static void logFailure(Job job, String reason, Throwable cause) {
        String line = "Extraction FAILED for file sha256=" + job.sha256() + " (" + job.mediaType() + ", material "
                + job.materialId() + ", " + job.language() + "): " + reason
                + (cause == null ? "" : " Cause: " + causeChain(cause));
        LOG.warning(line);
        if (cause != null && LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, line, cause);
        }
    }

    /** "Type: message <- Type: message", from the outermost cause in, at most a few deep. */
    static String causeChain(Throwable cause) {
        StringBuilder chain = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int depth = 0;
        for (Throwable t = cause; t != null && seen.add(t); t = t.getCause()) {
            if (depth++ == 6) {
                chain.append(" <- ...");
                break;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().strip().replaceAll("\\s+", " ");
            chain.append(depth == 1 ? "" : " <- ").append(t.getClass().getName())
                    .append(message.isEmpty() ? "" : ": " + (message.length() > 300 ? message.substring(0, 300) + "..." : message));
        }
        return chain.toString();
    }

    private void record(Job job, Extraction result) {
        try {
            if (!recorder.record(job, result)) {
                LOG.info(() -> "The result of " + job + " was not recorded: the file is no longer the version's, or another instance took the job over");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the extraction of " + job, e);
        } finally {
            if (result.status() == Extraction.Status.FAILED) {
                failed.incrementAndGet();
            }
            finished.incrementAndGet();
            lastFinishedAt.set(now());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
