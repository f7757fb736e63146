package vn.dacsan.notification.application;

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
import vn.dacsan.platform.logging.RequestLog;

/**
 * Sends due notification emails every few seconds (dacsan.mail.interval-ms) while mail is on.
 * A singleton's timer never overlaps itself; each dispatcher step runs in its own transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class MailSchedule {

    private static final Logger LOG = RequestLog.logger(MailSchedule.class);

    @Resource
    TimerService timers;
    @Inject
    MailDispatcher dispatcher;
    @Inject
    MailSender sender;
    @Inject
    NotificationMail mail;
    @Inject
    @ConfigProperty(name = "dacsan.mail.interval-ms", defaultValue = "5000")
    long intervalMs;

    private boolean failing;

    @PostConstruct
    void start() {
        if (!sender.enabled()) {
            LOG.info("Mail is off (dacsan.mail.host is not set): notifications are shown in the site only");
            return;
        }
        if (!mail.knowsSiteAddress()) {
            LOG.warning("dacsan.site.url is not set: notification emails carry links without the site's address");
        }
        LOG.info(() -> "Notification emails go out through " + sender.settings());
        timers.createIntervalTimer(intervalMs, intervalMs, new TimerConfig("notification-mail", false));
    }

    @Timeout
    void dispatch() {
        try {
            MailDispatcher.Round round;
            do {
                round = dispatcher.dispatchOnce();
                if (round.failed() > 0 && !failing) {
                    LOG.warning("Notification emails are failing; will retry with back-off: " + round.lastError());
                    failing = true;
                } else if (round.sent() > 0 && round.failed() == 0 && failing) {
                    LOG.info("Notification emails are going out again");
                    failing = false;
                }
            } while (round.sent() > 0 && round.failed() == 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification email round failed; will try again", e);
        }
    }
}
