package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts order look-ups per client (an IP address) in a sliding minute, so nobody can try codes
 * and phone numbers by the thousand. Kept in this instance's memory: behind a load balancer each
 * instance counts on its own, which still bounds guessing.
 */
@ApplicationScoped
public class TrackingLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Beyond this many clients the quietest are forgotten, so the map cannot grow without end. */
    private static final int MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = "dacsan.orders.tracking-per-minute", defaultValue = "10")
    int perMinute;
    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public TrackingLimiter() {
    }

    public TrackingLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one look-up by {@code client}; throws {@link TooManyTrackingAttempts} when its minute is used up. */
    public void acquire(String client) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_CLIENTS) {
            forgetIdle(now);
        }
        Deque<Instant> times = attempts.computeIfAbsent(client == null ? "" : client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
                throw new TooManyTrackingAttempts(Math.max(1, (wait.toMillis() + 999) / 1000));
            }
            times.addLast(now);
        }
    }

    private void forgetIdle(Instant now) {
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = attempts.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            synchronized (times) {
                if (times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW))) {
                    it.remove();
                }
            }
        }
    }
}
