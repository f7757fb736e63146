package vn.dacsan.account.domain;

import java.time.Duration;

/** How many consecutive failed logins lock an account, and for how long. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one failure and a positive duration");
        }
    }
}
