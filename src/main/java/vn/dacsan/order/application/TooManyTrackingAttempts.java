package vn.dacsan.order.application;

/** A client looked up too many orders in a short time (HTTP 429); it may try again after the wait. */
public class TooManyTrackingAttempts extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyTrackingAttempts(long retryAfterSeconds) {
        super("Too many order look-ups; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
