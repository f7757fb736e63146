package vn.dacsan.listing.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
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
import vn.dacsan.platform.cluster.ClusterLeadership;
import vn.dacsan.platform.logging.RequestLog;

/**
 * Runs the certificate watch every day at 00:15 in the marketplace's time zone, and once a
 * minute after start-up so a server that was down at midnight catches up. In a cluster only one
 * instance runs it (see {@link ClusterLeadership}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class CertificateWatchSchedule {

    private static final Logger LOG = RequestLog.logger(CertificateWatchSchedule.class);

    @Resource
    TimerService timers;
    @Inject
    ClusterLeadership cluster;
    @Inject
    CertificateWatch watch;
    @Inject
    @ConfigProperty(name = "dacsan.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String timezone;
    @Inject
    @ConfigProperty(name = "dacsan.certificates.watch-delay-seconds", defaultValue = "60")
    long startDelaySeconds;

    @PostConstruct
    void start() {
        timers.createCalendarTimer(new ScheduleExpression().hour(0).minute(15).timezone(timezone),
                new TimerConfig("certificate-watch", false));
        timers.createSingleActionTimer(startDelaySeconds * 1000, new TimerConfig("certificate-watch-start", false));
    }

    @Timeout
    void run() {
        if (!cluster.runsScheduledJobs()) {
            return;
        }
        try {
            int changed = watch.run();
            if (changed > 0) {
                LOG.info(() -> "Certificate watch: " + changed + " certificate(s) changed state");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Certificate watch failed; it runs again tomorrow or at the next start", e);
        }
    }
}
