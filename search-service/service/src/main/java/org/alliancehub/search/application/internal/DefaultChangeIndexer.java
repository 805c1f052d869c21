package org.alliancehub.search.application.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.ChangeIndexer;
import org.alliancehub.search.application.ContentChanges;
import org.alliancehub.search.application.IndexUnavailable;
import org.alliancehub.search.application.IndexWorkspace;
import org.alliancehub.search.application.IndexWrites;
import org.alliancehub.search.application.RefusedChange;

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
 */
@ApplicationScoped
public class DefaultChangeIndexer implements ChangeIndexer {

    private static final Logger LOG = Logger.getLogger(DefaultChangeIndexer.class.getName());
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

    @Override
    public int catchUp() {
        lock.lock();
        try {
            if (live == null) {
                start();
            }
            int applied = 0;
            while (true) {
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
            live = null;
            if (lastError == null) {
                LOG.warning("Indexer paused: " + e.getMessage() + "; retrying with backoff");
            }
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private void start() {
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
    }

    private void beginRebuild() {
        rebuilding = workspace.createIndex();
        rebuildCursor = 0;
        rebuildRefused = List.of();
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
            if (live == null) {
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
        return new Status(live, cursor, feedHead, rebuilding, rebuildCursor, lastError, refused);
    }
}
