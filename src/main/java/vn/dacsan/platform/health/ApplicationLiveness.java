package vn.dacsan.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the heap in use stays under a share of its maximum (95% by default): an instance
 * past that is thrashing and better restarted. Database and Solr outages are readiness matters.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Inject
    @ConfigProperty(name = "dacsan.health.max-heap-used-percent", defaultValue = "95")
    int maxHeapUsedPercent;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        long usedPercent = max == 0 ? 0 : heap.getUsed() * 100 / max;
        return HealthCheckResponse.named("heap")
                .status(usedPercent < maxHeapUsedPercent)
                .withData("usedPercent", usedPercent)
                .build();
    }
}
