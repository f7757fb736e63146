package vn.dacsan.platform.time;

import java.time.Duration;

/**
 * How long retried work waits after its n-th failure: {@code first}, twice that, four times …
 * never longer than {@code max}. Shared by the search outbox and the mail outbox.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first == null || max == null || first.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("A back-off needs a first and a longest wait, neither negative");
        }
    }

    public static Backoff exponential(Duration first, Duration max) {
        return new Backoff(first, max);
    }

    /** The wait after {@code failures} failed attempts in a row (1 = the first failure). */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("Back-off starts after the first failure, not after " + failures);
        }
        Duration wait;
        try {
            wait = first.multipliedBy(1L << Math.min(failures - 1, 40));
        } catch (ArithmeticException tooLong) {
            wait = max;
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
