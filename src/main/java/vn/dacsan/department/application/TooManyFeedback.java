package vn.dacsan.department.application;

/** One client sent many complaints in a short time (HTTP 429); it may send again after the wait. */
public class TooManyFeedback extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyFeedback(long retryAfterSeconds) {
        super("Too many messages sent in a short time; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
