package vn.dacsan.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sends the email copies of notifications, long after (and outside) the transactions that wrote
 * them: one round claims what is due from the {@link MailOutbox}, sends it over one SMTP
 * connection and records each outcome. The outbox is a separate bean so that each of its steps
 * gets its own transaction through the container, never by calling itself.
 */
@ApplicationScoped
public class MailDispatcher {

    @Inject
    MailOutbox outbox;
    @Inject
    MailSender sender;

    public MailDispatcher() {
    }

    public MailDispatcher(MailOutbox outbox, MailSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    /** What one round did; {@code lastError} is null when nothing failed. */
    public record Round(int sent, int failed, String lastError) {
        public static final Round NOTHING = new Round(0, 0, null);
    }

    public Round dispatchOnce() {
        List<MailOutbox.Claimed> claimed = outbox.claimDue();
        if (claimed.isEmpty()) {
            return Round.NOTHING;
        }
        int sent = 0;
        int failed = 0;
        String lastError = null;
        try (MailSender.Connection smtp = sender.open()) {
            for (MailOutbox.Claimed email : claimed) {
                try {
                    smtp.send(email.message());
                } catch (MailDeliveryException e) {
                    outbox.failed(email.notificationId(), e.getMessage(), e.isPermanent());
                    failed++;
                    lastError = e.getMessage();
                    continue;
                } catch (RuntimeException e) {
                    outbox.failed(email.notificationId(), e.toString(), false);
                    failed++;
                    lastError = e.toString();
                    continue;
                }
                outbox.sent(email.notificationId());
                sent++;
            }
        }
        return new Round(sent, failed, lastError);
    }
}
