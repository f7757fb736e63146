package vn.dacsan.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import vn.dacsan.account.domain.Role;
import vn.dacsan.notification.domain.Notice;
import vn.dacsan.notification.domain.Notification;

/**
 * Tells accounts what happened to their business. Joins the caller's transaction, so a decision
 * and its notifications commit or roll back together. The email copy is only queued here
 * (PENDING, or NONE while mail is off); the MailDispatcher sends it later, so a mail server that
 * is down never holds up or undoes the decision.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MailSender mail;

    public Notifications() {
    }

    public Notifications(EntityManager em, Clock clock, MailSender mail) {
        this.em = em;
        this.clock = clock;
        this.mail = mail;
    }

    private static final String RECIPIENTS = "select a.id, a.email from Account a ";

    private record Recipient(long accountId, String email) {
    }

    /** Notifies one account; returns the notification's id. An unknown account is a programming error. */
    public long toAccount(long accountId, Notice notice) {
        Objects.requireNonNull(notice, "notice");
        List<Recipient> account = recipients(em.createQuery(RECIPIENTS + "where a.id = :id", Object[].class)
                .setParameter("id", accountId));
        if (account.isEmpty()) {
            throw new IllegalArgumentException("No account " + accountId + " to notify");
        }
        return deliver(account, notice).get(0).getId();
    }

    /** Notifies every business account of the producer; returns how many accounts (0 when it has none yet). */
    public int toProducer(long producerId, Notice notice) {
        Objects.requireNonNull(notice, "notice");
        return deliver(recipients(em.createQuery(RECIPIENTS + "where a.role = :role and a.producerId = :producer order by a.id",
                        Object[].class).setParameter("role", Role.BUSINESS).setParameter("producer", producerId)),
                notice).size();
    }

    /** Notifies every department staff account; returns how many. */
    public int toStaff(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        return deliver(recipients(em.createQuery(RECIPIENTS + "where a.role = :role order by a.id", Object[].class)
                .setParameter("role", Role.STAFF)), notice).size();
    }

    /**
     * Emails someone who has no account (a guest buyer, a complaint's sender) when mail is on; returns the
     * notification's id, or empty while mail is off (there is nowhere else to show it).
     */
    public OptionalLong toAddress(String email, Notice notice) {
        Objects.requireNonNull(notice, "notice");
        if (!mail.enabled()) {
            return OptionalLong.empty();
        }
        Notification written = Notification.emailOnly(notice, email, clock.instant());
        em.persist(written);
        em.flush();
        return OptionalLong.of(written.getId());
    }

    private static List<Recipient> recipients(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(row -> new Recipient((Long) row[0], (String) row[1]))
                .toList();
    }

    private List<Notification> deliver(List<Recipient> recipients, Notice notice) {
        Instant now = clock.instant();
        boolean email = mail.enabled();
        List<Notification> written = recipients.stream()
                .map(r -> email ? Notification.withEmail(r.accountId(), notice, r.email(), now)
                        : Notification.inApp(r.accountId(), notice, now))
                .toList();
        written.forEach(em::persist);
        return written;
    }
}
