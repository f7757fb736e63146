package vn.dacsan.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.platform.cluster.ClusterLeadership;
import vn.dacsan.platform.logging.RequestLog;

/**
 * Drains the search outbox every 250 ms (configurable) while there is work, and at once when a
 * transaction that wrote to it commits ({@link IndexerNudge}). A singleton's
 * timer never overlaps itself, and each indexer step runs in its own transaction. In a cluster
 * only one instance drains (see {@link ClusterLeadership}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class IndexerSchedule {

    private static final Logger LOG = RequestLog.logger(IndexerSchedule.class);

    @Resource
    TimerService timers;
    @Inject
    ClusterLeadership cluster;
    @Inject
    OutboxIndexer indexer;
    @Inject
    @ConfigProperty(name = "dacsan.indexer.interval-ms", defaultValue = "250")
    long intervalMs;

    private boolean failing;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(intervalMs, intervalMs, new TimerConfig("search-outbox", false));
    }

    @Timeout
    void tick() {
        drain();
    }

    /**
     * Drains now (see {@link IndexerNudge}); waits while the timer drains, as the singleton's
     * lock keeps drains one at a time.
     */
    @AccessTimeout(value = 1, unit = TimeUnit.MINUTES)
    public void drainNow() {
        drain();
    }

    private void drain() {
        if (!cluster.runsScheduledJobs()) {
            return;
        }
        try {
            while (OutboxIndexer.drainOnce(indexer) > 0) {
                if (failing) {
                    LOG.info("Search indexing recovered");
                    failing = false;
                }
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "Search indexing failed; will retry with back-off: " + e.getMessage());
                failing = true;
            }
        }
    }
}
