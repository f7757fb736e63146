package vn.dacsan.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.notification.domain.EmailState;
import vn.dacsan.notification.domain.Notification;
import vn.dacsan.platform.time.Backoff;

/**
 * The notification emails waiting to go out, each step in a transaction of its own: claim a
 * batch of due emails under a row lock (so two servers never take the same one), then record
 * each outcome: SENT, tried again after an exponential back-off, or FAILED after the last
 * attempt. The notifications themselves are never touched.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    NotificationMail mail;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dacsan.mail.batch-size", defaultValue = "50")
    int batchSize;
    @Inject
    @ConfigProperty(name = "dacsan.mail.max-attempts", defaultValue = "8")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "dacsan.mail.retry-first-seconds", defaultValue = "60")
    long retryFirstSeconds;
    @Inject
    @ConfigProperty(name = "dacsan.mail.retry-max-seconds", defaultValue = "3600")
    long retryMaxSeconds;
    @Inject
    @ConfigProperty(name = "dacsan.mail.claim-seconds", defaultValue = "600")
    long claimSeconds;

    public MailOutbox() {
    }

    public MailOutbox(EntityManager em, NotificationMail mail, Clock clock, Policy policy) {
        this.em = em;
        this.mail = mail;
        this.clock = clock;
        this.batchSize = policy.batchSize();
        this.maxAttempts = policy.maxAttempts();
        this.retryFirstSeconds = policy.backoff().first().toSeconds();
        this.retryMaxSeconds = policy.backoff().max().toSeconds();
        this.claimSeconds = policy.claim().toSeconds();
    }

    /** How many emails a round takes, how often one is tried, how long between tries, how long a claim holds. */
    public record Policy(int batchSize, int maxAttempts, Backoff backoff, Duration claim) {
        public Policy {
            if (batchSize < 1 || maxAttempts < 1 || backoff.first().isZero() || claim.isNegative() || claim.isZero()) {
                throw new IllegalArgumentException("A mail policy needs a batch, at least one attempt, a first wait and a claim time");
            }
        }
    }

    /** An email taken for sending: the notification it copies and the message. */
    public record Claimed(long notificationId, MailMessage message) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue() {
        Instant now = clock.instant();
        List<Long> candidates = em.createQuery("select n.id from Notification n where n.emailState = :pending"
                        + " and n.nextAttemptAt <= :now order by n.nextAttemptAt, n.id", Long.class)
                .setParameter("pending", EmailState.PENDING)
                .setParameter("now", now)
                .setMaxResults(batchSize)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Locked and checked again in a second query: a limit and FOR UPDATE do not combine on
        // every database, and a row another server claimed meanwhile is no longer due.
        List<Notification> due = em.createQuery("select n from Notification n where n.id in :ids"
                        + " and n.emailState = :pending and n.nextAttemptAt <= :now order by n.nextAttemptAt, n.id", Notification.class)
                .setParameter("ids", candidates)
                .setParameter("pending", EmailState.PENDING)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>(due.size());
        for (Notification notification : due) {
            notification.emailClaimed(now.plusSeconds(claimSeconds));
            claimed.add(new Claimed(notification.getId(), mail.compose(notification)));
        }
        return claimed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long notificationId) {
        pending(notificationId).ifPresent(n -> n.emailSent(clock.instant()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long notificationId, String error, boolean permanent) {
        pending(notificationId).ifPresent(n -> n.emailFailed(error, permanent, clock.instant(), policy().backoff(), maxAttempts));
    }

    private Optional<Notification> pending(long notificationId) {
        return Optional.ofNullable(em.find(Notification.class, notificationId))
                .filter(n -> n.getEmailState() == EmailState.PENDING);
    }

    public Policy policy() {
        return new Policy(batchSize, maxAttempts,
                Backoff.exponential(Duration.ofSeconds(retryFirstSeconds), Duration.ofSeconds(retryMaxSeconds)),
                Duration.ofSeconds(claimSeconds));
    }
}
