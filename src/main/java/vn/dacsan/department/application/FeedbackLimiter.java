package vn.dacsan.department.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.order.application.TooManyTrackingAttempts;
import vn.dacsan.order.application.TrackingLimiter;

/**
 * A few complaints per client address a minute (dacsan.complaints.per-minute, default 3): enough
 * for a person, too few to flood the staff queue. Counted like order look-ups, separately.
 */
@ApplicationScoped
public class FeedbackLimiter {

    @Inject
    @ConfigProperty(name = "dacsan.complaints.per-minute", defaultValue = "3")
    int perMinute;
    @Inject
    Clock clock;

    private TrackingLimiter window;

    public FeedbackLimiter() {
    }

    public FeedbackLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        window = new TrackingLimiter(perMinute, clock);
    }

    public void acquire(String client) {
        try {
            window.acquire(client);
        } catch (TooManyTrackingAttempts e) {
            throw new TooManyFeedback(e.retryAfterSeconds());
        }
    }
}
