package vn.dacsan.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.ProducerKind;
import vn.dacsan.catalog.domain.ProducerStatus;
import vn.dacsan.notification.domain.EmailState;
import vn.dacsan.notification.domain.Notice;
import vn.dacsan.notification.domain.Notification;
import vn.dacsan.platform.time.Backoff;
import vn.dacsan.testing.MovableClock;
import vn.dacsan.testing.TestDatabase;

/**
 * Notifications against a real database (H2 with the Flyway migrations) and a real SMTP server
 * (GreenMail): they commit and roll back with the caller's decision, and their emails go out
 * later, survive a mail server that is down, and are given up after the last attempt.
 */
class NotificationsIT {

    private static final String SITE = "https://dacsan.example.vn";
    private static final MailOutbox.Policy POLICY = new MailOutbox.Policy(10, 3,
            Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(30)), Duration.ofMinutes(10));

    private final TestDatabase db = new TestDatabase();
    private final MovableClock clock = new MovableClock(Instant.parse("2025-08-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private final int smtpPort = freePort();
    private GreenMail smtp;
    private MailSender sender;
    private Notifications notifications;
    private NotificationInbox inbox;

    private long candy;
    private long brooms;
    private long candyOwner;
    private long candyClerk;
    private long broomMaker;
    private long staff;
    private long secondStaff;
    private long admin;
    private long shopper;

    @BeforeEach
    void accountsOfTwoProducersAndTheDepartment() {
        sender = new MailSender(new MailSettings("127.0.0.1", smtpPort, "Sàn đặc sản <no-reply@dacsan.example.vn>",
                null, null, false, Duration.ofSeconds(3)), clock);
        notifications = new Notifications(db.em(), clock, sender);
        inbox = new NotificationInbox(db.em(), clock);
        candy = producer("cong-ty-keo-dua", "Công ty Kẹo dừa Bến Tre");
        brooms = producer("tht-choi-my-an", "Tổ hợp tác chổi Mỹ An");
        candyOwner = account(Account.business("han@keodua.vn", "Lê Thị Ngọc Hân", "x", candy, clock.instant()));
        candyClerk = account(Account.business("tu@keodua.vn", "Phạm Văn Tư", "x", candy, clock.instant()));
        broomMaker = account(Account.business("be@choimyan.vn", "Lê Thị Bé", "x", brooms, clock.instant()));
        staff = account(Account.of("ha@sct.gov.vn", "Trần Thị Thu Hà", "x", Role.STAFF, clock.instant()));
        secondStaff = account(Account.of("minh@sct.gov.vn", "Võ Văn Minh", "x", Role.STAFF, clock.instant()));
        admin = account(Account.of("admin@sct.gov.vn", "Quản trị", "x", Role.ADMIN, clock.instant()));
        shopper = account(Account.of("an@example.vn", "Nguyễn Văn An", "x", Role.SHOPPER, clock.instant()));
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        db.close();
    }

    @Test
    void theNotificationCommitsWithTheDecisionAndVanishesWhenTheDecisionRollsBack() {
        startMailServer();
        db.run(() -> {
            db.em().find(Producer.class, candy).verify();
            assertThat(notifications.toProducer(candy, verified("Công ty Kẹo dừa Bến Tre"))).isEqualTo(2);
        });
        assertThat(status(candy)).isEqualTo(ProducerStatus.VERIFIED);
        assertThat(notificationsOf(candyOwner)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Notice.PRODUCER_VERIFIED);
            assertThat(n.getEmailState()).isEqualTo(EmailState.PENDING);
            assertThat(n.getEmailTo()).isEqualTo("han@keodua.vn");
        });
        assertThat(notificationsOf(candyClerk)).hasSize(1);
        assertThat(smtp.getReceivedMessages()).as("the email waits for the dispatcher").isEmpty();

        assertThatThrownBy(() -> db.run(() -> {
            db.em().find(Producer.class, brooms).verify();
            notifications.toProducer(brooms, verified("Tổ hợp tác chổi Mỹ An"));
            throw new IllegalStateException("the reviewer's decision failed half-way");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(status(brooms)).isEqualTo(ProducerStatus.PENDING);
        assertThat(notificationsOf(broomMaker)).isEmpty();

        assertThat(dispatcher(clock).dispatchOnce().sent()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void theDispatcherSendsAUtf8MailWithSubjectBodyAndAbsoluteLinkOnce() throws Exception {
        startMailServer();
        Notice rejected = new Notice(Notice.LISTING_REJECTED, "Sản phẩm “Kẹo dừa lá dứa” chưa được duyệt",
                "Lý do: thiếu ảnh nhãn sản phẩm theo Nghị định 43/2017.", "/ban-hang/san-pham/42");
        long id = db.inTransaction(em -> notifications.toAccount(candyOwner, rejected));

        MailDispatcher.Round round = dispatcher(clock).dispatchOnce();
        assertThat(round).isEqualTo(new MailDispatcher.Round(1, 0, null));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Sản phẩm “Kẹo dừa lá dứa” chưa được duyệt");
        assertThat(mail.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("han@keodua.vn");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@dacsan.example.vn");
        assertThat((String) mail.getContent())
                .contains("Lý do: thiếu ảnh nhãn sản phẩm theo Nghị định 43/2017.")
                .contains(SITE + "/ban-hang/san-pham/42")
                .contains(SITE + "/thong-bao");

        Notification sent = notification(id);
        assertThat(sent.getEmailState()).isEqualTo(EmailState.SENT);
        assertThat(sent.getSentAt()).isEqualTo(clock.instant());
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.isRead()).as("emailing does not read it").isFalse();

        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher(clock).dispatchOnce()).isEqualTo(MailDispatcher.Round.NOTHING);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whileTheMailServerIsDownEmailsWaitWithBackOffAndGoOutWhenItIsBack() {
        db.run(() -> {
            db.em().find(Producer.class, candy).verify();
            notifications.toProducer(candy, verified("Công ty Kẹo dừa Bến Tre"));
        });
        Instant decided = clock.instant();

        MailDispatcher.Round down = dispatcher(clock).dispatchOnce();
        assertThat(down.sent()).isZero();
        assertThat(down.failed()).isEqualTo(2);
        assertThat(down.lastError()).contains("Cannot reach the mail server 127.0.0.1:" + smtpPort);
        assertThat(notificationsOf(candyOwner)).singleElement().satisfies(n -> {
            assertThat(n.getEmailState()).isEqualTo(EmailState.PENDING);
            assertThat(n.getAttempts()).isEqualTo(1);
            assertThat(n.getNextAttemptAt()).isEqualTo(decided.plus(Duration.ofMinutes(1)));
            assertThat(n.getLastError()).contains("Cannot reach");
        });
        assertThat(status(candy)).as("the decision stands").isEqualTo(ProducerStatus.VERIFIED);
        assertThat(inbox.page("han@keodua.vn", 1, 10).items()).as("the notice is in the site")
                .singleElement().satisfies(item -> assertThat(item.unread()).isTrue());

        clock.advance(Duration.ofSeconds(59));
        assertThat(dispatcher(clock).dispatchOnce()).as("not before the back-off").isEqualTo(MailDispatcher.Round.NOTHING);
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher(clock).dispatchOnce().failed()).isEqualTo(2);
        assertThat(notificationsOf(candyOwner).get(0).getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        startMailServer();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher(clock).dispatchOnce()).as("still waiting out the back-off").isEqualTo(MailDispatcher.Round.NOTHING);
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher(clock).dispatchOnce().sent()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(notificationsOf(candyOwner)).singleElement().satisfies(n -> {
            assertThat(n.getEmailState()).isEqualTo(EmailState.SENT);
            assertThat(n.getAttempts()).isEqualTo(3);
            assertThat(n.getLastError()).isNull();
        });
    }

    @Test
    void afterTheLastAttemptTheEmailIsGivenUpButTheNotificationStays() {
        long id = db.inTransaction(em -> notifications.toAccount(staff, submitted()));
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            assertThat(dispatcher(clock).dispatchOnce().failed()).as("attempt " + attempt).isEqualTo(1);
            clock.advance(Duration.ofHours(1));
        }
        Notification given = notification(id);
        assertThat(given.getEmailState()).isEqualTo(EmailState.FAILED);
        assertThat(given.getAttempts()).isEqualTo(3);
        assertThat(given.getNextAttemptAt()).isNull();

        startMailServer();
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher(clock).dispatchOnce()).isEqualTo(MailDispatcher.Round.NOTHING);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(inbox.unreadCount("ha@sct.gov.vn")).isEqualTo(1);
    }

    @Test
    void aMalformedAddressIsGivenUpAtOnceWithoutHoldingUpTheOthers() throws Exception {
        startMailServer();
        long odd = account(Account.of("le tan@sct.gov.vn", "Lễ tân", "x", Role.STAFF, clock.instant()));
        int notified = db.inTransaction(em -> notifications.toStaff(submitted()));
        assertThat(notified).isEqualTo(3);

        MailDispatcher.Round round = dispatcher(clock).dispatchOnce();
        assertThat(round.sent()).isEqualTo(2);
        assertThat(round.failed()).isEqualTo(1);
        assertThat(notificationsOf(odd)).singleElement().satisfies(n -> {
            assertThat(n.getEmailState()).isEqualTo(EmailState.FAILED);
            assertThat(n.getAttempts()).isEqualTo(1);
            assertThat(n.getLastError()).contains("Malformed address");
        });
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("ha@sct.gov.vn", "minh@sct.gov.vn");
    }

    @Test
    void producerAndStaffNoticesReachExactlyTheirAccounts() {
        long empty = producer("hop-tac-xa-buoi", "Hợp tác xã bưởi da xanh");
        db.run(() -> {
            assertThat(notifications.toProducer(candy, verified("Công ty Kẹo dừa Bến Tre"))).isEqualTo(2);
            assertThat(notifications.toProducer(empty, verified("Hợp tác xã bưởi da xanh"))).isZero();
            assertThat(notifications.toStaff(submitted())).isEqualTo(2);
        });
        assertThat(recipients(Notice.PRODUCER_VERIFIED)).containsExactlyInAnyOrder(candyOwner, candyClerk);
        assertThat(recipients(Notice.LISTING_SUBMITTED)).containsExactlyInAnyOrder(staff, secondStaff);
        assertThat(notificationsOf(broomMaker)).isEmpty();
        assertThat(notificationsOf(admin)).isEmpty();
        assertThat(notificationsOf(shopper)).isEmpty();
    }

    @Test
    void withoutAMailHostNotificationsStayInTheSite() {
        Notifications inAppOnly = new Notifications(db.em(), clock,
                new MailSender(MailSettings.off("no-reply@dacsan.example.vn"), clock));
        long id = db.inTransaction(em -> inAppOnly.toAccount(shopper, Notice.of("WELCOME", "Chào mừng", "")));
        Notification n = notification(id);
        assertThat(n.getEmailState()).isEqualTo(EmailState.NONE);
        assertThat(n.getEmailTo()).isNull();
        assertThat(dispatcher(clock).dispatchOnce()).isEqualTo(MailDispatcher.Round.NOTHING);
        assertThat(inbox.unreadCount("an@example.vn")).isEqualTo(1);
    }

    @Test
    void anUnknownAccountOrABadNoticeWritesNothing() {
        assertThatThrownBy(() -> db.run(() -> notifications.toAccount(999_999, submitted())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999999");
        assertThatThrownBy(() -> db.run(() -> notifications.toStaff(Notice.of("WELCOME", "Chào", "").linkingTo("https://evil.example/"))))
                .isInstanceOf(IllegalArgumentException.class);
        long written = db.inTransaction(em -> em.createQuery("select count(n) from Notification n", Long.class).getSingleResult());
        assertThat(written).isZero();
    }

    @Test
    void anAccountSeesAndMarksOnlyItsOwnNotificationsNewestFirst() {
        long first = db.inTransaction(em -> notifications.toAccount(candyOwner, Notice.of("WELCOME", "Một", "")));
        clock.advance(Duration.ofMinutes(1));
        long second = db.inTransaction(em -> notifications.toAccount(candyOwner, Notice.of("WELCOME", "Hai", "")));
        clock.advance(Duration.ofMinutes(1));
        long third = db.inTransaction(em -> notifications.toAccount(candyOwner, Notice.of("WELCOME", "Ba", "")));
        long foreign = db.inTransaction(em -> notifications.toAccount(broomMaker, Notice.of("WELCOME", "Của người khác", "")));

        NotificationInbox.Page page1 = db.inTransaction(em -> inbox.page("HAN@keodua.vn", 1, 2));
        assertThat(page1.items()).extracting(NotificationInbox.Item::subject).containsExactly("Ba", "Hai");
        assertThat(page1.total()).isEqualTo(3);
        assertThat(page1.unread()).isEqualTo(3);
        assertThat(page1.pages()).isEqualTo(2);
        assertThat(page1.hasNext()).isTrue();
        assertThat(db.inTransaction(em -> inbox.page("han@keodua.vn", 2, 2)).items())
                .extracting(NotificationInbox.Item::id).containsExactly(first);

        Optional<NotificationInbox.Item> othersOne = db.inTransaction(em -> inbox.markRead("han@keodua.vn", foreign));
        Optional<NotificationInbox.Item> noSuchOne = db.inTransaction(em -> inbox.markRead("han@keodua.vn", 424_242));
        assertThat(othersOne).isEmpty();
        assertThat(noSuchOne).isEmpty();
        assertThat(notification(foreign).isRead()).isFalse();
        Optional<NotificationInbox.Item> ownOne = db.inTransaction(em -> inbox.markRead("han@keodua.vn", second));
        assertThat(ownOne).get().satisfies(item -> assertThat(item.readAt()).isEqualTo(clock.instant()));
        assertThat(inbox.unreadCount("han@keodua.vn")).isEqualTo(2);

        int markedAll = db.inTransaction(em -> inbox.markAllRead("han@keodua.vn"));
        assertThat(markedAll).isEqualTo(2);
        assertThat(inbox.unreadCount("han@keodua.vn")).isZero();
        assertThat(notification(third).isRead()).isTrue();
        assertThat(inbox.unreadCount("be@choimyan.vn")).as("the other account's stays unread").isEqualTo(1);
        assertThat(inbox.unreadCount("nobody@example.vn")).isZero();

        assertThatThrownBy(() -> inbox.page("han@keodua.vn", 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inbox.page("han@keodua.vn", 1, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The dispatcher as the server runs it: each outbox step in its own transaction (here a resource-local one). */
    private MailDispatcher dispatcher(java.time.Clock at) {
        NotificationMail mail = new NotificationMail(Optional.of(SITE), "Đặc sản OCOP");
        MailOutbox outbox = new MailOutbox(db.em(), mail, at, POLICY) {
            @Override
            public List<Claimed> claimDue() {
                return db.inTransaction(em -> super.claimDue());
            }

            @Override
            public void sent(long notificationId) {
                db.run(() -> super.sent(notificationId));
            }

            @Override
            public void failed(long notificationId, String error, boolean permanent) {
                db.run(() -> super.failed(notificationId, error, permanent));
            }
        };
        return new MailDispatcher(outbox, sender);
    }

    private void startMailServer() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Notice verified(String producer) {
        return new Notice(Notice.PRODUCER_VERIFIED, "Hồ sơ " + producer + " đã được xác minh",
                "Sở Công Thương đã xác minh hồ sơ của bạn.", "/ban-hang/");
    }

    private static Notice submitted() {
        return new Notice(Notice.LISTING_SUBMITTED, "Hồ sơ mới cần duyệt: Kẹo dừa sầu riêng",
                "Hạn xử lý: 05/08/2025.", "/quan-ly/");
    }

    private long producer(String slug, String name) {
        return db.inTransaction(em -> {
            Producer producer = new Producer(slug, name, ProducerKind.ENTERPRISE, "130" + Math.abs(slug.hashCode() % 10_000_000),
                    "Lê Thị Ngọc Hân", em.find(AdminUnit.class, "vinh-long"), clock.instant());
            em.persist(producer);
            em.flush();
            return producer.getId();
        });
    }

    private long account(Account account) {
        return db.inTransaction(em -> {
            em.persist(account);
            em.flush();
            return account.getId();
        });
    }

    private ProducerStatus status(long producerId) {
        return db.inTransaction(em -> em.find(Producer.class, producerId).getStatus());
    }

    private Notification notification(long id) {
        return db.inTransaction(em -> em.find(Notification.class, id));
    }

    private List<Notification> notificationsOf(long accountId) {
        return db.inTransaction(em -> em.createQuery("select n from Notification n where n.accountId = :a order by n.id", Notification.class)
                .setParameter("a", accountId).getResultList());
    }

    private List<Long> recipients(String kind) {
        return db.inTransaction(em -> em.createQuery("select n.accountId from Notification n where n.kind = :k", Long.class)
                .setParameter("k", kind).getResultList());
    }
}
