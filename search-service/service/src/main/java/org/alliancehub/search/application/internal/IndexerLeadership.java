package org.alliancehub.search.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import org.alliancehub.search.application.IndexUnavailable;
import org.alliancehub.search.application.IndexerLease;
import org.alliancehub.search.application.IndexerLeases;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * One instance's side of the {@link IndexerLease}: it takes the lease when there is none or its
 * holder stopped renewing it, renews it while it indexes, and stands by while another holds it.
 * The holder asks the store only when less than half of its term is left, so following the feed
 * costs one lease write every few seconds. Instances must share a clock to within a fraction of
 * the term (NTP), as with any lease.
 */
final class IndexerLeadership {

    enum Turn {
        /** This instance held the lease and still does. */
        LEADING,
        /** This instance holds the lease now and someone else may have written since it last did: read the state again. */
        TOOK_OVER,
        /** Another instance holds the lease. */
        STANDING_BY
    }

    private static final Logger LOG = TracedLogger.of(IndexerLeadership.class);
    /** A standby asking for a rebuild while the holder renews tries this often before giving up. */
    private static final int REQUEST_ATTEMPTS = 5;

    private final IndexerLeases leases;
    private final String instance;
    private final Duration term;
    private final Clock clock;

    /** The lease as this instance last read or wrote it. */
    private volatile IndexerLeases.Stored known;
    /** Until when this instance counts itself the holder without asking the store (before its lease expires). */
    private Instant confidentUntil = Instant.MIN;
    private volatile Instant checkedAt;

    IndexerLeadership(IndexerLeases leases, String instance, Duration term, Clock clock) {
        this.leases = leases;
        this.instance = instance;
        this.term = term;
        this.clock = clock;
    }

    /** Takes, keeps or renews the lease, or finds that another instance holds it. */
    synchronized Turn hold() {
        Instant now = clock.instant();
        if (holding() && now.isBefore(confidentUntil)) {
            return Turn.LEADING;
        }
        Optional<IndexerLeases.Stored> current = leases.read();
        checkedAt = now;
        if (current.isPresent() && !current.get().lease().heldBy(instance) && !current.get().lease().lapsedAt(now)) {
            known = current.get();
            return Turn.STANDING_BY;
        }
        // a standby may have written its rebuild request meanwhile: that changes nothing else
        boolean continuing = holding() && current.isPresent() && current.get().lease().heldBy(instance);
        Instant until = now.plus(term);
        IndexerLease next = current.map(s -> s.lease().renewed(instance, until))
                .orElseGet(() -> new IndexerLease(instance, until, null, false));
        Optional<IndexerLeases.Revision> written = leases.write(current.map(IndexerLeases.Stored::revision), next);
        if (written.isEmpty()) {
            // another instance took or renewed it between our read and our write
            known = null;
            return Turn.STANDING_BY;
        }
        if (!continuing) {
            LOG.info(() -> "Instance " + instance + " follows the change feed now"
                    + current.map(s -> s.lease().heldBy(instance) ? "" : " (after " + s.lease().holder() + ")").orElse(""));
        }
        known = new IndexerLeases.Stored(next, written.get());
        confidentUntil = now.plus(term.dividedBy(2));
        return continuing ? Turn.LEADING : Turn.TOOK_OVER;
    }

    boolean holding() {
        IndexerLeases.Stored lease = known;
        return lease != null && lease.lease().heldBy(instance);
    }

    /** The lease as last seen: who holds it, the rebuild under way, whether one was asked for. */
    Optional<IndexerLease> lease() {
        return Optional.ofNullable(known).map(IndexerLeases.Stored::lease);
    }

    Instant checkedAt() {
        return checkedAt;
    }

    String instance() {
        return instance;
    }

    /** Records the rebuild under way (null when none), which answers any request for one. Holder only. */
    synchronized void recordRebuilding(String index) {
        IndexerLeases.Stored held = known;
        if (held == null || !held.lease().heldBy(instance)) {
            throw new IndexUnavailable("This instance no longer follows the change feed", null);
        }
        if (Objects.equals(held.lease().rebuilding(), index) && !held.lease().rebuildRequested()) {
            return;
        }
        IndexerLease next = held.lease().rebuilding(index);
        Optional<IndexerLeases.Revision> written = leases.write(Optional.of(held.revision()), next);
        if (written.isEmpty()) {
            known = null;
            confidentUntil = Instant.MIN;
            throw new IndexUnavailable("Another instance took over the change feed", null);
        }
        known = new IndexerLeases.Stored(next, written.get());
    }

    /**
     * Asks the holder for a rebuild (it starts one at its next round); returns the lease with the
     * request, or with the rebuild that already answers it.
     */
    synchronized IndexerLease requestRebuild() {
        for (int attempt = 0; attempt < REQUEST_ATTEMPTS; attempt++) {
            Optional<IndexerLeases.Stored> current = leases.read();
            if (current.isEmpty()) {
                throw new IndexUnavailable("No instance follows the change feed yet; ask again shortly", null);
            }
            IndexerLease lease = current.get().lease();
            if (lease.rebuilding() != null || lease.rebuildRequested()) {
                known = current.get();
                return lease;
            }
            IndexerLease requested = lease.withRebuildRequested();
            Optional<IndexerLeases.Revision> written = leases.write(Optional.of(current.get().revision()), requested);
            if (written.isPresent()) {
                known = new IndexerLeases.Stored(requested, written.get());
                return requested;
            }
        }
        throw new IndexUnavailable("The indexer's lease keeps changing; ask again shortly", null);
    }
}
