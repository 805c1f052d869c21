package org.alliancehub.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(15), clock);

    @Test
    void theFirstFailuresAreFreeThenEachOneWaitsTwiceAsLongUpToTheLongestWait() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana");
            assertThat(throttle.waitFor("ana")).isEmpty();
        }
        throttle.failed("ana");
        assertThat(throttle.waitFor("ana")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("ana")).isEmpty();
        throttle.failed("ana");
        assertThat(throttle.waitFor("ana")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(1));
            throttle.failed("ana");
        }
        assertThat(throttle.waitFor("ana")).contains(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("luis")).isEmpty();
    }

    @Test
    void aSuccessOrALongSilenceClearsTheCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana");
        }
        throttle.succeeded("ana");
        assertThat(throttle.waitFor("ana")).isEmpty();
        throttle.failed("ana");
        assertThat(throttle.waitFor("ana")).isEmpty();

        for (int i = 0; i < 5; i++) {
            throttle.failed("luis");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("luis");
        assertThat(throttle.waitFor("luis")).as("counting starts again after 15 quiet minutes").isEmpty();
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUp() {
        assertThat(new SignInThrottle.TooManyAttempts(Duration.ofMillis(1200)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new SignInThrottle.TooManyAttempts(Duration.ofMillis(10)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new SignInThrottle.TooManyAttempts(Duration.ofSeconds(60)).retryAfterSeconds()).isEqualTo(60);
    }
}
