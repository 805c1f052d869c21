package org.alliancehub.search.application.internal;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.ChangeIndexer;
import org.alliancehub.search.application.ContentChanges;
import org.alliancehub.search.application.MaterialIndex;

/**
 * Follows the feed from the cursor stored with the index. The cursor moves only after a batch is
 * applied, so a failure anywhere means the same batch is applied again (applying is idempotent)
 * and no change is ever skipped.
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

    @Inject
    MaterialIndex index;

    @Inject
    ContentChanges feed;

    private volatile String live;
    private volatile long cursor = -1;
    private volatile String rebuilding;
    private volatile long rebuildCursor;
    private volatile long feedHead;
    private volatile String lastError;

    @Override
    public synchronized int catchUp() {
        try {
            if (live == null) {
                start();
            }
            int applied = 0;
            while (true) {
                ContentChanges.Batch batch = feed.after(cursor, BATCH);
                feedHead = batch.head();
                applied += applyBatch(live, batch, cursor);
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
        }
    }

    private void start() {
        Optional<String> current = index.liveIndex();
        if (current.isEmpty()) {
            String created = index.createIndex();
            index.makeLive(created);
            live = created;
        } else {
            live = current.get();
            if (!index.hasCurrentMapping(live) && rebuilding == null) {
                LOG.info("Index " + live + " has an older mapping; it keeps serving while a new one is built");
                beginRebuild();
            }
        }
        cursor = index.cursor(live);
        if (rebuilding != null && !index.exists(rebuilding)) {
            // lost with the engine's data: start that rebuild again
            beginRebuild();
        }
        if (rebuilding != null) {
            rebuildCursor = index.cursor(rebuilding);
        }
    }

    private void beginRebuild() {
        rebuilding = index.createIndex();
        rebuildCursor = 0;
    }

    private void continueRebuild() {
        for (int round = 0; round < REBUILD_BATCHES_PER_ROUND && rebuildCursor < cursor; round++) {
            ContentChanges.Batch batch = feed.after(rebuildCursor, BATCH);
            applyBatch(rebuilding, batch, rebuildCursor);
            rebuildCursor = batch.next();
        }
        if (rebuildCursor >= cursor) {
            LOG.info("Index " + rebuilding + " caught up at feed position " + rebuildCursor + "; it replaces " + live);
            index.makeLive(rebuilding);
            live = rebuilding;
            cursor = rebuildCursor;
            rebuilding = null;
        }
    }

    private int applyBatch(String target, ContentChanges.Batch batch, long from) {
        if (!batch.isEmpty()) {
            index.apply(target, batch.changes(), batch.activities());
        }
        if (batch.next() != from) {
            index.saveCursor(target, batch.next());
        }
        return batch.changes().size() + batch.activities().size();
    }

    @Override
    public synchronized Status rebuild() {
        if (live == null) {
            start();
        }
        if (rebuilding == null) {
            beginRebuild();
            LOG.info("Rebuilding the index into " + rebuilding);
        }
        return status();
    }

    @Override
    public Status status() {
        return new Status(live, cursor, feedHead, rebuilding, rebuildCursor, lastError);
    }
}
