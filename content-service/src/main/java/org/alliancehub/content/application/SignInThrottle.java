package org.alliancehub.content.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without handing an attacker a way to lock the owner out for long.
 * Failures are counted per key; past {@code freeFailures}, each further failure makes the key wait
 * twice as long as the last (from {@code firstWait} up to {@code longestWait}) before a password is
 * even checked again. A success clears the key; a key left alone for {@code forgetAfter} is
 * forgotten. Waiting attempts are refused without counting, so a waiting owner does not prolong
 * the wait. Held in memory, per service instance.
 */
public final class SignInThrottle {

    /** The most keys remembered at once; beyond it stale keys go first (a flood of new addresses cannot exhaust memory). */
    static final int MAX_KEYS = 100_000;

    private final int freeFailures;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    public SignInThrottle(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** How long {@code key} must still wait before its next attempt is checked; empty when it may try now. */
    public Optional<Duration> waitFor(String key) {
        Failures known = failures.get(key);
        Instant now = clock.instant();
        if (known == null || known.waitUntil == null || !now.isBefore(known.waitUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, known.waitUntil));
    }

    public void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            forgetStale(now);
        }
        failures.compute(key, (k, known) -> {
            int count = known == null || isStale(known, now) ? 1 : known.count + 1;
            return new Failures(count, now, count < freeFailures ? null : now.plus(waitAfter(count)));
        });
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    /** The {@code freeFailures}-th failure waits {@code firstWait}; each one after it twice as long, up to {@code longestWait}. */
    Duration waitAfter(int count) {
        int doublings = Math.min(count - freeFailures, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    private boolean isStale(Failures known, Instant now) {
        return known.last.plus(forgetAfter).isBefore(now);
    }

    private void forgetStale(Instant now) {
        failures.values().removeIf(known -> isStale(known, now));
        if (failures.size() >= MAX_KEYS) {
            // everyone is recent: a flood; forgetting is better than refusing the owner
            failures.clear();
        }
    }

    /** Too many wrong passwords lately: try again after {@link #retryAfter()}. */
    public static class TooManyAttempts extends RuntimeException {
        private final Duration retryAfter;

        public TooManyAttempts(Duration retryAfter) {
            super("Too many wrong passwords in a row; try again in " + seconds(retryAfter) + " s.");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        /** Whole seconds, rounded up, at least 1 (the unit of Retry-After). */
        public long retryAfterSeconds() {
            return seconds(retryAfter);
        }

        private static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }
}
