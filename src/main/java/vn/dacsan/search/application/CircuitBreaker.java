package vn.dacsan.search.application;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops sending work to Solr while it keeps failing, with MicroProfile Fault Tolerance's
 * semantics. Closed, it remembers the outcome of the last {@code window} calls, and opens once a
 * full window holds at least {@code failureRatio} of failures. Open, it lets no call through for
 * {@code delay}. Then it is half-open: up to {@code successThreshold} trial calls go through at
 * a time; one failure opens it again, that many successes close it with an empty window.
 *
 * <p>Written out rather than {@code @CircuitBreaker} and {@code @Fallback}: Payara's Fault
 * Tolerance interceptor looks up a request context and builds a trace span on every call, 8% of
 * the server's CPU for a REST search in a flight recording.
 *
 * <p>A caller asks {@link #enter()} for a ticket and, if it got one, reports the call's outcome
 * with that ticket once. An outcome reported after the state has changed (a slow call that
 * started while the circuit was closed and ended after it opened) changes nothing.
 */
final class CircuitBreaker {

    /** What {@link #enter()} returns while the circuit lets no call through. */
    static final long REFUSED = -1;

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int window;
    private final int failuresToOpen;
    private final long delayNanos;
    private final int successThreshold;
    private final LongSupplier nanoTime;

    private final boolean[] outcomes;
    private int next;
    private int recorded;
    private int failures;
    private State state = State.CLOSED;
    private long generation;
    private long openedAt;
    private int trials;
    private int trialSuccesses;

    CircuitBreaker(int window, double failureRatio, Duration delay, int successThreshold, LongSupplier nanoTime) {
        if (window < 1 || failureRatio <= 0 || failureRatio > 1 || delay.isNegative() || successThreshold < 1) {
            throw new IllegalArgumentException("Circuit breaker: window >= 1, 0 < failure ratio <= 1, delay >= 0 and"
                    + " success threshold >= 1 (got " + window + ", " + failureRatio + ", " + delay + ", "
                    + successThreshold + ")");
        }
        this.window = window;
        this.failuresToOpen = (int) Math.ceil(failureRatio * window);
        this.delayNanos = delay.toNanos();
        this.successThreshold = successThreshold;
        this.nanoTime = nanoTime;
        this.outcomes = new boolean[window];
    }

    /** A ticket for one call, or {@link #REFUSED} while the circuit is open (or its trial calls are all out). */
    synchronized long enter() {
        if (state == State.OPEN) {
            if (nanoTime.getAsLong() - openedAt < delayNanos) {
                return REFUSED;
            }
            moveTo(State.HALF_OPEN);
        }
        if (state == State.HALF_OPEN) {
            if (trials == successThreshold - trialSuccesses) {
                return REFUSED;
            }
            trials++;
        }
        return generation;
    }

    synchronized void succeeded(long ticket) {
        if (ticket != generation) {
            return;
        }
        if (state == State.HALF_OPEN) {
            trials--;
            if (++trialSuccesses == successThreshold) {
                moveTo(State.CLOSED);
            }
        } else {
            record(false);
        }
    }

    synchronized void failed(long ticket) {
        if (ticket != generation) {
            return;
        }
        if (state == State.HALF_OPEN) {
            moveTo(State.OPEN);
        } else {
            record(true);
        }
    }

    synchronized State state() {
        return state;
    }

    private void record(boolean failure) {
        if (recorded == window) {
            failures -= outcomes[next] ? 1 : 0;
        } else {
            recorded++;
        }
        outcomes[next] = failure;
        failures += failure ? 1 : 0;
        next = (next + 1) % window;
        // a success can complete a window that already holds enough failures
        if (recorded == window && failures >= failuresToOpen) {
            moveTo(State.OPEN);
        }
    }

    private void moveTo(State to) {
        state = to;
        generation++;
        trials = 0;
        trialSuccesses = 0;
        if (to == State.OPEN) {
            openedAt = nanoTime.getAsLong();
        } else if (to == State.CLOSED) {
            next = 0;
            recorded = 0;
            failures = 0;
        }
    }
}
