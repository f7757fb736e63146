package vn.dacsan.department.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dacsan.testing.MovableClock;

class FeedbackLimiterTest {

    @Test
    void aFewPerMinutePerClientThenAWait() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T03:00:00Z"));
        FeedbackLimiter limiter = new FeedbackLimiter(3, clock);
        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.1");
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOf(TooManyFeedback.class).hasMessageContaining("60 seconds");
        assertThatCode(() -> limiter.acquire("10.0.0.2")).doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(61));
        assertThatCode(() -> limiter.acquire("10.0.0.1")).doesNotThrowAnyException();
    }
}
