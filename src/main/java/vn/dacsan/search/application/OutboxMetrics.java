package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The search outbox on /metrics: how many changes wait for the indexer and how old the oldest
 * is. A backlog that grows, or an age past a few seconds, means search is behind the database.
 */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    MetricRegistry registry;
    @Inject
    SearchOutbox outbox;
    @Inject
    Clock clock;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("dacsan.outbox.backlog")
                .withDescription("Catalogue changes waiting to be indexed").build(), this, OutboxMetrics::entries);
        registry.gauge(Metadata.builder().withName("dacsan.outbox.oldest.age")
                .withDescription("Age of the oldest change waiting to be indexed (0 when none waits)")
                .withUnit(MetricUnits.SECONDS).build(), this, OutboxMetrics::oldestAgeSeconds);
    }

    long entries() {
        return outbox.backlog().entries();
    }

    double oldestAgeSeconds() {
        SearchOutbox.Backlog backlog = outbox.backlog();
        if (backlog.oldestEnqueuedAt() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(backlog.oldestEnqueuedAt(), clock.instant()).toMillis() / 1000.0);
    }
}
