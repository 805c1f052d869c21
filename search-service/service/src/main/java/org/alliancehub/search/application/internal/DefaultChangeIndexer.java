package org.alliancehub.search.application.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.ChangeIndexer;
import org.alliancehub.search.application.ContentChanges;
import org.alliancehub.search.application.IndexUnavailable;
import org.alliancehub.search.application.IndexWorkspace;
import org.alliancehub.search.application.IndexWrites;
import org.alliancehub.search.application.IndexerLease;
import org.alliancehub.search.application.IndexerLeases;
import org.alliancehub.search.application.RefusedChange;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Follows the feed from the cursor stored with the index. The cursor moves only after a batch is
 * applied, so a failure anywhere means the same batch is applied again (applying is idempotent)
 * and no change is ever skipped. A change the engine refuses for good (an invalid document) is
 * the exception: it is recorded with the cursor (see {@link RefusedChange}) and passed, since
 * retrying it would stop every later change too.
 *
 * <p>A rebuild (asked for, or because the live index has an older mapping) fills a new index from
 * the start of the feed a few batches per round, while the live index keeps following the feed
 * and serving searches; when the new one has caught up, the alias moves to it in one step.
 *
 * <p>With several instances, the one holding the {@link IndexerLease} follows the feed and the
 * others stand by (they serve searches, and report the cursor the holder stored). When the holder
 * stops renewing, another takes over from the stored cursor and continues the rebuild it recorded.
 * A rebuild asked of a standby is recorded in the lease and started by the holder.
 */
@ApplicationScoped
public class DefaultChangeIndexer implements ChangeIndexer {

    private static final Logger LOG = TracedLogger.of(DefaultChangeIndexer.class);
    /** Each change may carry up to 100,000 characters of text per version: batches stay small. */
    static final int BATCH = 100;
    /** Rebuild batches per round, so that live changes are never held back for long. */
    static final int REBUILD_BATCHES_PER_ROUND = 10;
    /** Refused changes kept with each index, newest last; older ones are only in the log. */
    static final int MAX_REFUSED = 50;
    /** How long a rebuild request waits for the indexer (which may be waiting for a slow engine). */
    static final long REBUILD_WAIT_SECONDS = 2;

    @Inject
    IndexWorkspace workspace;

    @Inject
    IndexWrites writes;

    @Inject
    ContentChanges feed;

    @Inject
    IndexerLeases leases;

    /** How long a holder that stops renewing keeps the others waiting. */
    @Inject
    @ConfigProperty(name = "alliancehub.indexer.lease-millis", defaultValue = "10000")
    long leaseMillis;

    /** This instance's name in the lease; by default the host's name and a random suffix. */
    @Inject
    @ConfigProperty(name = "alliancehub.instance.name", defaultValue = " ")
    String instanceName;

    Clock clock = Clock.systemUTC();

    private IndexerLeadership leadership;
    /** Whether this instance holds the lease and has read the indexer's state since it took it. */
    private boolean following;
    private volatile String live;
    private volatile long cursor = -1;
    private volatile String rebuilding;
    private volatile long rebuildCursor;
    private volatile long feedHead;
    private volatile String lastError;
    private volatile List<RefusedChange> refused = List.of();
    private List<RefusedChange> rebuildRefused = List.of();
    /** Not {@code synchronized}: a rebuild request must be able to give up waiting. */
    private final ReentrantLock lock = new ReentrantLock();

    @PostConstruct
    void join() {
        String name = instanceName == null || instanceName.isBlank() ? hostName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : instanceName.strip();
        leadership = new IndexerLeadership(leases, name, Duration.ofMillis(leaseMillis), clock);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "search";
        }
    }

    @Override
    public int catchUp() {
        lock.lock();
        try {
            IndexerLeadership.Turn turn = leadership.hold();
            if (turn == IndexerLeadership.Turn.STANDING_BY) {
                standBy();
                return 0;
            }
            if (turn == IndexerLeadership.Turn.TOOK_OVER || !following) {
                start();
            }
            answerRebuildRequest();
            int applied = 0;
            while (true) {
                if (leadership.hold() == IndexerLeadership.Turn.STANDING_BY) {
                    // lost the lease mid-way (a long pause): the new holder goes on from the stored cursor
                    standBy();
                    return applied;
                }
                ContentChanges.Batch batch = feed.after(cursor, BATCH);
                feedHead = batch.head();
                refused = applyBatch(live, batch, cursor, refused);
                applied += batch.changes().size() + batch.activities().size();
                cursor = batch.next();
                if (batch.read() < BATCH) {
                    break;
                }
            }
            if (rebuilding != null) {
                continueRebuild();
            }
            if (lastError != null) {
                LOG.info("Indexer recovered at feed position " + cursor);
            }
            lastError = null;
            return applied;
        } catch (RuntimeException e) {
            // the index may have been lost with the engine; read the state again next time
            following = false;
            if (lastError == null) {
                LOG.warning("Indexer paused: " + e.getMessage() + "; retrying with backoff");
            }
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Another instance follows the feed: show what it stored, and read everything again on taking over. */
    private void standBy() {
        following = false;
        Optional<String> current = workspace.liveIndex();
        live = current.orElse(null);
        cursor = current.map(workspace::cursor).orElse(-1L);
        refused = current.map(workspace::refused).orElse(List.of());
        rebuilding = leadership.lease().map(IndexerLease::rebuilding).orElse(null);
        rebuildCursor = rebuilding == null ? 0 : workspace.cursor(rebuilding);
    }

    private void start() {
        rebuilding = leadership.lease().map(IndexerLease::rebuilding).orElse(null);
        Optional<String> current = workspace.liveIndex();
        if (current.isEmpty()) {
            String created = workspace.createIndex();
            workspace.makeLive(created);
            live = created;
        } else {
            live = current.get();
            if (!workspace.hasCurrentMapping(live) && rebuilding == null) {
                LOG.info("Index " + live + " has an older mapping; it keeps serving while a new one is built");
                beginRebuild();
            }
        }
        cursor = workspace.cursor(live);
        refused = workspace.refused(live);
        if (rebuilding != null && !workspace.exists(rebuilding)) {
            // lost with the engine's data: start that rebuild again
            beginRebuild();
        }
        if (rebuilding != null) {
            rebuildCursor = workspace.cursor(rebuilding);
            rebuildRefused = workspace.refused(rebuilding);
        }
        following = true;
    }

    private void answerRebuildRequest() {
        if (leadership.lease().map(IndexerLease::rebuildRequested).orElse(false)) {
            if (rebuilding == null) {
                beginRebuild();
                LOG.info("Rebuilding the index into " + rebuilding + ", as another instance was asked to");
            } else {
                leadership.recordRebuilding(rebuilding);
            }
        }
    }

    private void beginRebuild() {
        String created = workspace.createIndex();
        // recorded before any of it is filled, so an instance taking over continues this one
        rebuilding = created;
        rebuildCursor = 0;
        rebuildRefused = List.of();
        leadership.recordRebuilding(created);
    }

    private void continueRebuild() {
        for (int round = 0; round < REBUILD_BATCHES_PER_ROUND && rebuildCursor < cursor; round++) {
            ContentChanges.Batch batch = feed.after(rebuildCursor, BATCH);
            rebuildRefused = applyBatch(rebuilding, batch, rebuildCursor, rebuildRefused);
            rebuildCursor = batch.next();
        }
        if (rebuildCursor >= cursor) {
            LOG.info("Index " + rebuilding + " caught up at feed position " + rebuildCursor + "; it replaces " + live);
            workspace.makeLive(rebuilding);
            live = rebuilding;
            cursor = rebuildCursor;
            refused = rebuildRefused;
            rebuilding = null;
            leadership.recordRebuilding(null);
        }
    }

    /** Applies a batch and stores the cursor after it; returns the index's refused changes after it. */
    private List<RefusedChange> applyBatch(String target, ContentChanges.Batch batch, long from, List<RefusedChange> before) {
        List<RefusedChange> refusedNow = new ArrayList<>(batch.unreadable());
        if (!batch.isEmpty()) {
            refusedNow.addAll(writes.apply(target, batch.changes(), batch.activities()));
        }
        for (RefusedChange r : refusedNow) {
            LOG.warning(() -> "Index " + target + " skips feed entry " + r.seq() + " (" + r.subject() + "): " + r.reason());
        }
        Set<String> refusedSubjects = new HashSet<>();
        refusedNow.forEach(r -> refusedSubjects.add(r.subject()));
        // a later change that went in, or a newer refusal, supersedes an older refusal of the same document
        Set<String> superseded = new HashSet<>(refusedSubjects);
        batch.changes().forEach(c -> superseded.add("material:" + c.materialId()));
        batch.activities().forEach(a -> superseded.add(a.documentId()));
        List<RefusedChange> after = new ArrayList<>(before);
        after.removeIf(r -> superseded.contains(r.subject()));
        after.addAll(refusedNow);
        if (after.size() > MAX_REFUSED) {
            after = new ArrayList<>(after.subList(after.size() - MAX_REFUSED, after.size()));
        }
        after = List.copyOf(after);
        if (batch.next() != from || !after.equals(before)) {
            workspace.saveCursor(target, batch.next(), after);
        }
        return after;
    }

    @Override
    public Status rebuild() {
        try {
            if (!lock.tryLock(REBUILD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IndexUnavailable("The indexer is waiting for the engine; ask again shortly", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexUnavailable("Interrupted while waiting for the indexer", e);
        }
        try {
            IndexerLeadership.Turn turn = leadership.hold();
            if (turn == IndexerLeadership.Turn.STANDING_BY) {
                IndexerLease lease = leadership.requestRebuild();
                LOG.info("Asked " + lease.holder() + ", which follows the change feed, to rebuild the index");
                return status();
            }
            if (turn == IndexerLeadership.Turn.TOOK_OVER || !following) {
                start();
            }
            if (rebuilding == null) {
                beginRebuild();
                LOG.info("Rebuilding the index into " + rebuilding);
            }
            return status();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Status status() {
        Optional<IndexerLease> lease = leadership.lease();
        return new Status(leadership.instance(), lease.map(IndexerLease::holder).orElse(null), live, cursor, feedHead,
                rebuilding, lease.map(IndexerLease::rebuildRequested).orElse(false), rebuildCursor, lastError, refused,
                leadership.checkedAt());
    }
}
