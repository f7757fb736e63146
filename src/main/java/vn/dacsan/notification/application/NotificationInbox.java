package vn.dacsan.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.dacsan.account.domain.Account;
import vn.dacsan.notification.domain.Notification;

/**
 * What a logged-in account sees of its notifications: its list newest first, how many are
 * unread, and marking them read. Every method takes the caller's login and only ever reaches
 * that account's own notifications.
 */
@ApplicationScoped
@Transactional
public class NotificationInbox {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;

    public NotificationInbox() {
    }

    public NotificationInbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record Item(long id, String kind, String subject, String body, String link, Instant createdAt, Instant readAt) {

        static Item of(Notification n) {
            return new Item(n.getId(), n.getKind(), n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt(), n.getReadAt());
        }

        public boolean unread() {
            return readAt == null;
        }
    }

    /** One page of the list: {@code number} counts from 1. */
    public record Page(List<Item> items, int number, int size, long total, long unread) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages();
        }
    }

    public Page page(String login, int number, int size) {
        if (number < 1) {
            throw new IllegalArgumentException("Pages count from 1");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " notifications");
        }
        Optional<Long> account = accountId(login);
        if (account.isEmpty()) {
            return new Page(List.of(), number, size, 0, 0);
        }
        long total = em.createQuery("select count(n) from Notification n where n.accountId = :account", Long.class)
                .setParameter("account", account.get()).getSingleResult();
        List<Item> items = em.createQuery("select n from Notification n where n.accountId = :account"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("account", account.get())
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (number - 1) * size))
                .setMaxResults(size)
                .getResultList().stream().map(Item::of).toList();
        return new Page(items, number, size, total, unread(account.get()));
    }

    public long unreadCount(String login) {
        return accountId(login).map(this::unread).orElse(0L);
    }

    /** Marks one of the caller's notifications read; empty when the caller has no notification with that id. */
    public Optional<Item> markRead(String login, long notificationId) {
        Optional<Long> account = accountId(login);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select n from Notification n where n.id = :id and n.accountId = :account", Notification.class)
                .setParameter("id", notificationId)
                .setParameter("account", account.get())
                .getResultStream().findFirst()
                .map(n -> {
                    n.markRead(clock.instant());
                    return Item.of(n);
                });
    }

    /** Marks all of the caller's unread notifications read; returns how many. */
    public int markAllRead(String login) {
        return accountId(login).map(account -> em.createQuery(
                        "update Notification n set n.readAt = :now where n.accountId = :account and n.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("account", account)
                .executeUpdate()).orElse(0);
    }

    private long unread(long accountId) {
        return em.createQuery("select count(n) from Notification n where n.accountId = :account and n.readAt is null", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }

    private Optional<Long> accountId(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a.id from Account a where a.email = :email", Long.class)
                .setParameter("email", Account.normalise(login))
                .getResultStream().findFirst();
    }
}
