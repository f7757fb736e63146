package vn.dacsan.news.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Publishes scheduled articles when their time comes, checking every 30 s (configurable). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class PublishingSchedule {

    private static final Logger LOG = Logger.getLogger(PublishingSchedule.class.getName());

    @Resource
    TimerService timers;
    @Inject
    NewsDesk desk;
    @Inject
    @ConfigProperty(name = "dacsan.news.publish-interval-ms", defaultValue = "30000")
    long intervalMs;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(intervalMs, intervalMs, new TimerConfig("news-publishing", false));
    }

    @Timeout
    void publishDue() {
        try {
            int published = desk.publishDue();
            if (published > 0) {
                LOG.info(() -> "Published " + published + " scheduled article(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing scheduled articles failed; will retry", e);
        }
    }
}
