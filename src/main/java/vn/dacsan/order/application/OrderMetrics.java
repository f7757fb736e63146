package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/** Orders placed, counted on /metrics once their transaction has committed. */
@ApplicationScoped
public class OrderMetrics {

    @Inject
    @Metric(name = "dacsan.orders.placed", absolute = true, description = "Orders placed (committed)")
    Counter placed;

    /** Created at start-up, so the counter is on /metrics (at 0) before the first order. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        placed.getCount();
    }

    void onOrder(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderNews news) {
        if (news.kind() == OrderNews.Kind.PLACED) {
            placed.inc();
        }
    }
}
