package vn.dacsan.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test can move forward, in the Vietnam time zone unless told otherwise. */
public final class MovableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MovableClock(Instant start) {
        this(start, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant to) {
        now = to;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
