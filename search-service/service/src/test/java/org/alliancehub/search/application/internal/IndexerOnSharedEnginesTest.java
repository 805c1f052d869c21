package org.alliancehub.search.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancehub.search.application.ActivityChange;
import org.alliancehub.search.application.ChangeIndexer;
import org.alliancehub.search.application.ContentChanges;
import org.alliancehub.search.application.IndexUnavailable;
import org.alliancehub.search.application.IndexWorkspace;
import org.alliancehub.search.application.IndexWrites;
import org.alliancehub.search.application.IndexerLease;
import org.alliancehub.search.application.IndexerLeases;
import org.alliancehub.search.application.MaterialChange;
import org.alliancehub.search.application.RefusedChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two search-service instances on one feed and one engine, as the lease makes them behave: one
 * follows the feed, the other stands by, and takes over where the first stopped. The engine, feed
 * and lease store here are in memory and keep the contracts of the real ones (compare-and-set
 * lease, cursors beside each index); the Elasticsearch side is proved in SearchApiIT.
 */
class IndexerOnSharedEnginesTest {

    private static final Duration TERM = Duration.ofSeconds(10);

    private final MovableClock clock = new MovableClock();
    private final Leases leases = new Leases();
    private final Engine engine = new Engine();
    private final Feed feed = new Feed();
    private DefaultChangeIndexer first;
    private DefaultChangeIndexer second;

    @BeforeEach
    void twoInstances() {
        first = instance("first");
        second = instance("second");
    }

    private DefaultChangeIndexer instance(String name) {
        DefaultChangeIndexer indexer = new DefaultChangeIndexer();
        indexer.workspace = engine;
        indexer.writes = engine;
        indexer.feed = feed;
        indexer.leases = leases;
        indexer.leaseMillis = TERM.toMillis();
        indexer.instanceName = name;
        indexer.clock = clock;
        indexer.join();
        return indexer;
    }

    @Test
    void oneInstanceFollowsTheFeedAndTheOtherStandsByShowingItsCursor() {
        feed.publish(5);
        assertThat(first.catchUp()).isEqualTo(5);
        assertThat(second.catchUp()).isZero();
        feed.publish(3);
        clock.advance(Duration.ofSeconds(2));
        assertThat(second.catchUp()).isZero();
        assertThat(first.catchUp()).isEqualTo(3);
        second.catchUp();

        assertThat(engine.applications()).as("every change applied once").containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        ChangeIndexer.Status standby = second.status();
        assertThat(standby.instance()).isEqualTo("second");
        assertThat(standby.indexingInstance()).isEqualTo("first");
        assertThat(standby.cursor()).isEqualTo(8);
        assertThat(standby.liveIndex()).isEqualTo(first.status().liveIndex());
    }

    @Test
    void theHolderRenewsBeforeItsTermEndsSoTheOtherNeverTakesOver() {
        feed.publish(1);
        first.catchUp();
        for (int second = 0; second < 60; second += 3) {
            clock.advance(Duration.ofSeconds(3));
            first.catchUp();
            this.second.catchUp();
        }
        assertThat(this.second.status().indexingInstance()).isEqualTo("first");
        assertThat(leases.writes).as("a renewal about every half term, not every round").isBetween(7, 13);
    }

    @Test
    void whenTheHolderStopsRenewingTheOtherTakesOverFromTheStoredCursor() {
        feed.publish(4);
        first.catchUp();
        // the first instance dies; changes keep coming
        feed.publish(2);
        clock.advance(TERM.minusSeconds(1));
        assertThat(second.catchUp()).as("still within the dead holder's term").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(second.catchUp()).isEqualTo(2);

        assertThat(engine.applications()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(second.status().indexingInstance()).isEqualTo("second");
        assertThat(second.status().cursor()).isEqualTo(6);
    }

    @Test
    void anInstanceBackFromALongPauseFindsItsLeaseTakenAndWritesNothing() {
        feed.publish(2);
        first.catchUp();
        clock.advance(TERM.plusSeconds(1));
        second.catchUp();
        feed.publish(1);
        second.catchUp();
        // the first wakes up: its own clock says its confidence ran out, the store says who holds the lease
        assertThat(first.catchUp()).isZero();

        assertThat(engine.applications()).containsExactly(1L, 2L, 3L);
        assertThat(first.status().indexingInstance()).isEqualTo("second");
    }

    @Test
    void aRebuildAskedOfTheStandbyIsStartedOnceByTheHolder() {
        feed.publish(3);
        first.catchUp();
        second.catchUp();
        String before = first.status().liveIndex();

        ChangeIndexer.Status asked = second.rebuild();
        assertThat(asked.rebuildRequested()).isTrue();
        assertThat(asked.rebuilding()).isNull();
        assertThat(second.rebuild().rebuildRequested()).as("asking twice is one request").isTrue();
        assertThat(engine.created).isEqualTo(1);

        clock.advance(TERM.dividedBy(2));
        first.catchUp();
        assertThat(engine.created).as("the holder built one new index").isEqualTo(2);
        assertThat(first.status().liveIndex()).isNotEqualTo(before);
        assertThat(first.status().rebuilding()).isNull();
        assertThat(first.status().rebuildRequested()).isFalse();
        assertThat(engine.live).isEqualTo(first.status().liveIndex());
    }

    @Test
    void anInstanceTakingOverContinuesTheRebuildItsPredecessorRecorded() {
        feed.publish(DefaultChangeIndexer.BATCH * DefaultChangeIndexer.REBUILD_BATCHES_PER_ROUND * 3);
        first.catchUp();
        String live = first.status().liveIndex();
        ChangeIndexer.Status started = first.rebuild();
        String rebuilding = started.rebuilding();
        first.catchUp();
        assertThat(first.status().rebuildCursor()).as("half filled").isPositive().isLessThan(first.status().cursor());

        // the first instance dies half-way through the rebuild
        clock.advance(TERM.plusSeconds(1));
        second.catchUp();
        assertThat(second.status().rebuilding()).isEqualTo(rebuilding);
        second.catchUp();

        assertThat(engine.created).as("no second rebuild started").isEqualTo(2);
        assertThat(engine.live).isEqualTo(rebuilding).isNotEqualTo(live);
        assertThat(second.status().rebuilding()).isNull();
    }

    @Test
    void withoutTheLeaseStoreNothingIsWrittenAndTheCauseIsReported() {
        feed.publish(1);
        leases.down = true;
        assertThatThrownBy(first::catchUp).isInstanceOf(IndexUnavailable.class);
        assertThat(first.status().lastError()).contains("lease");
        assertThat(engine.applications()).isEmpty();
        leases.down = false;
        assertThat(first.catchUp()).isEqualTo(1);
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Compare and set, as Elasticsearch's if_seq_no does. */
    static final class Leases implements IndexerLeases {
        private Stored stored;
        private long sequence;
        int writes;
        boolean down;

        @Override
        public Optional<Stored> read() {
            if (down) {
                throw new IndexUnavailable("the lease store does not answer", null);
            }
            return Optional.ofNullable(stored);
        }

        @Override
        public Optional<Revision> write(Optional<Revision> expected, IndexerLease lease) {
            if (down) {
                throw new IndexUnavailable("the lease store does not answer", null);
            }
            Optional<Revision> current = Optional.ofNullable(stored).map(Stored::revision);
            if (!current.equals(expected)) {
                return Optional.empty();
            }
            writes++;
            Revision next = new Revision(++sequence, 1);
            stored = new Stored(lease, next);
            return Optional.of(next);
        }
    }

    /** Indexes with their cursors, and a log of what was applied to the live one. */
    static final class Engine implements IndexWorkspace, IndexWrites {
        final Map<String, Long> cursors = new LinkedHashMap<>();
        final Map<String, List<Long>> applied = new HashMap<>();
        String live;
        int created;

        List<Long> applications() {
            return live == null ? List.of() : applied.getOrDefault(live, List.of());
        }

        @Override
        public Optional<String> liveIndex() {
            return Optional.ofNullable(live);
        }

        @Override
        public boolean hasCurrentMapping(String index) {
            return true;
        }

        @Override
        public boolean exists(String index) {
            return cursors.containsKey(index);
        }

        @Override
        public String createIndex() {
            String name = "materials-" + ++created;
            cursors.put(name, 0L);
            return name;
        }

        @Override
        public void makeLive(String index) {
            live = index;
            cursors.keySet().removeIf(other -> !other.equals(index));
        }

        @Override
        public long cursor(String index) {
            return cursors.getOrDefault(index, 0L);
        }

        @Override
        public List<RefusedChange> refused(String index) {
            return List.of();
        }

        @Override
        public void saveCursor(String index, long seq, List<RefusedChange> refused) {
            cursors.put(index, seq);
        }

        @Override
        public List<RefusedChange> apply(String index, List<MaterialChange> changes, List<ActivityChange> activities) {
            changes.forEach(c -> applied.computeIfAbsent(index, i -> new ArrayList<>()).add(c.seq()));
            return List.of();
        }
    }

    /** The content service's feed: one material change per entry. */
    static final class Feed implements ContentChanges {
        private final List<MaterialChange> entries = new ArrayList<>();

        void publish(int changes) {
            for (int i = 0; i < changes; i++) {
                long seq = entries.size() + 1;
                entries.add(MaterialChange.removal(seq, "material-" + seq));
            }
        }

        @Override
        public Batch after(long seq, int limit) {
            List<MaterialChange> page = entries.stream().filter(e -> e.seq() > seq).limit(limit).toList();
            long next = page.isEmpty() ? Math.max(seq, 0) : page.get(page.size() - 1).seq();
            return new Batch(page, List.of(), List.of(), page.size(), next, entries.size());
        }
    }
}
