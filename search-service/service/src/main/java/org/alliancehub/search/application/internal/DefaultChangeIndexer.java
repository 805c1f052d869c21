package org.alliancehub.search.application.internal;

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
 */
@ApplicationScoped
public class DefaultChangeIndexer implements ChangeIndexer {

    private static final Logger LOG = Logger.getLogger(DefaultChangeIndexer.class.getName());
    /** Each change may carry up to 100,000 characters of text per version: batches stay small. */
    static final int BATCH = 100;

    @Inject
    MaterialIndex index;

    @Inject
    ContentChanges feed;

    private volatile boolean prepared;
    private volatile long cursor = -1;
    private volatile long feedHead;
    private volatile String lastError;

    @Override
    public int catchUp() {
        try {
            if (!prepared) {
                index.prepare();
                cursor = index.cursor();
                prepared = true;
            }
            int applied = 0;
            while (true) {
                ContentChanges.Batch batch = feed.after(cursor, BATCH);
                feedHead = batch.head();
                if (!batch.changes().isEmpty()) {
                    index.apply(batch.changes());
                    applied += batch.changes().size();
                }
                if (batch.next() != cursor) {
                    index.saveCursor(batch.next());
                    cursor = batch.next();
                }
                if (batch.changes().size() < BATCH) {
                    break;
                }
            }
            if (lastError != null) {
                LOG.info("Indexer recovered at feed position " + cursor);
            }
            lastError = null;
            return applied;
        } catch (RuntimeException e) {
            // the index may have been lost with the engine; read the cursor again next time
            prepared = false;
            if (lastError == null) {
                LOG.warning("Indexer paused: " + e.getMessage() + "; retrying with backoff");
            }
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw e;
        }
    }

    @Override
    public Status status() {
        return new Status(cursor, feedHead, lastError);
    }
}
