package vn.dacsan.department.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.department.domain.Feedback;
import vn.dacsan.department.domain.FeedbackStateException;
import vn.dacsan.department.domain.FeedbackStatus;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.listing.application.ReviewSettings;
import vn.dacsan.listing.domain.WorkingCalendar;
import vn.dacsan.media.MediaStore;
import vn.dacsan.notification.application.MailSender;
import vn.dacsan.notification.application.MailSettings;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.EmailState;
import vn.dacsan.notification.domain.Notification;
import vn.dacsan.order.domain.CustomerOrder;
import vn.dacsan.payment.domain.PaymentMethod;
import vn.dacsan.payment.domain.PaymentStatus;
import vn.dacsan.search.application.SearchOutbox;
import vn.dacsan.testing.MovableClock;
import vn.dacsan.testing.TestDatabase;

/** Complaints against the real schema: checks, deadline, private link, staff queue, reply by email. */
class FeedbackIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Friday 27 November 2026, 10:00 in Vietnam. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2026-11-27T03:00:00Z");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    private TestDatabase db;
    private MovableClock clock;
    private FeedbackIntake intake;
    private FeedbackDesk desk;
    private String orderCode;
    private long staff;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase();
        clock = new MovableClock(FRIDAY_MORNING);
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        db.run(() -> DemoCatalog.read().loadInto(db.em(), new SearchOutbox(db.em(), clock), media, clock));
        staff = db.inTransaction(em -> {
            Account account = Account.of("ha@sct.gov.vn", "Trần Thị Thu Hà", "x", Role.STAFF, clock.instant());
            em.persist(account);
            em.flush();
            return account.getId();
        });
        orderCode = db.inTransaction(em -> {
            AdminUnit commune = em.find(AdminUnit.class, "vinh-long.an-hoi");
            CustomerOrder order = new CustomerOrder("Nguyễn Văn An", "0912345678", null, commune.getParent().getCode(),
                    commune.getCode(), "12 Đồng Khởi", null, PaymentMethod.COD, PaymentStatus.NOT_REQUIRED, null,
                    "key-1", "0".repeat(64), clock.instant());
            em.persist(order);
            order.assignCode(2026);
            em.flush();
            return order.getCode();
        });
        MailSender mail = new MailSender(new MailSettings("127.0.0.1", 2525, "Sàn <no-reply@dacsan.example.vn>", null, null, false,
                Duration.ofSeconds(3)), clock);
        Notifications notifications = new Notifications(db.em(), clock, mail);
        FeedbackDeadlines deadlines = new FeedbackDeadlines(5, WorkingCalendar.parse(ReviewSettings.DEFAULT_HOLIDAYS), VIETNAM);
        intake = new FeedbackIntake(db.em(), notifications, deadlines, clock);
        desk = new FeedbackDesk(db.em(), notifications, deadlines, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aComplaintAboutAnOrderIsDueInFiveWorkingDaysAnsweredAndReadThroughThePrivateLink() {
        SubmittedFeedback sent = tx(() -> intake.submit(new FeedbackForm("Nguyễn Văn An", "an@example.vn", "0912 345 678", "ORDER",
                orderCode.toLowerCase(Locale.ROOT), null, "Hàng giao thiếu một hộp kẹo dừa."), VI));

        // Friday 27 November + 5 working days = Friday 4 December
        assertThat(sent.dueOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(sent.token()).matches("[A-Za-z0-9_-]{22}");
        String stored = db.inTransaction(em -> em.createQuery("select f.tokenHash from Feedback f", String.class).getSingleResult());
        assertThat(stored).isNotEqualTo(sent.token()).hasSize(64);

        List<Notification> notices = notifications();
        assertThat(notices).filteredOn(n -> Long.valueOf(staff).equals(n.getAccountId()))
                .singleElement().satisfies(n -> assertThat(n.getLink()).isEqualTo("/quan-ly/gop-y?id=" + sent.id()));
        assertThat(notices).filteredOn(n -> n.getAccountId() == null).singleElement().satisfies(n -> {
            assertThat(n.getEmailTo()).isEqualTo("an@example.vn");
            assertThat(n.getEmailState()).isEqualTo(EmailState.PENDING);
            assertThat(n.getLink()).isEqualTo("/gop-y/" + sent.token());
            assertThat(n.getBody()).contains("2026-12-04");
        });

        FeedbackAnswer waiting = tx(() -> intake.answer(sent.token()));
        assertThat(waiting.status()).isEqualTo("NEW");
        assertThat(waiting.orderCode()).isEqualTo(orderCode);
        assertThat(waiting.reply()).isNull();

        FeedbackCase queued = tx(() -> desk.queue(null, 50)).get(0);
        assertThat(queued.overdue()).isFalse();
        assertThat(queued.phone()).isEqualTo("0912345678");
        tx(() -> desk.assign(sent.id(), "ha@sct.gov.vn"));
        tx(() -> desk.note(sent.id(), "Đã gọi người bán, chờ xác nhận.", VI));
        assertThat(tx(() -> intake.answer(sent.token())).status()).isEqualTo("IN_PROGRESS");

        FeedbackCase answered = tx(() -> desk.reply(sent.id(), "Người bán sẽ giao bù hộp kẹo trong tuần này.", "ha@sct.gov.vn", VI));
        assertThat(answered.status()).isEqualTo("ANSWERED");
        assertThat(notifications()).filteredOn(n -> n.getAccountId() == null && n.getKind().equals("FEEDBACK_ANSWERED"))
                .singleElement().satisfies(n -> {
                    assertThat(n.getEmailTo()).isEqualTo("an@example.vn");
                    assertThat(n.getBody()).contains("Người bán sẽ giao bù hộp kẹo trong tuần này.");
                });
        FeedbackAnswer read = tx(() -> intake.answer(sent.token()));
        assertThat(read.reply()).isEqualTo("Người bán sẽ giao bù hộp kẹo trong tuần này.");
        assertThat(read.repliedAt()).isEqualTo(clock.instant());

        tx(() -> desk.close(sent.id()));
        assertThatThrownBy(() -> tx(() -> desk.reply(sent.id(), "Thêm", "ha@sct.gov.vn", VI))).isInstanceOf(FeedbackStateException.class);
        assertThatThrownBy(() -> tx(() -> intake.answer("AAAAAAAAAAAAAAAAAAAAAA"))).isInstanceOf(UnknownFeedback.class);
        assertThatThrownBy(() -> tx(() -> intake.answer("../etc/passwd"))).isInstanceOf(UnknownFeedback.class);
    }

    @Test
    void anOpenComplaintPastItsDueDateIsMarkedOverdue() {
        String slug = productSlug();
        SubmittedFeedback sent = tx(() -> intake.submit(new FeedbackForm("Lê Bình", null, "0987654321", "LISTING", null,
                "https://dacsan.example.vn/san-pham/" + slug, "Ảnh sản phẩm không đúng với hàng nhận được."), VI));
        assertThat(tx(() -> desk.get(sent.id())).productName()).isNotBlank();
        // no email given: only the staff are told
        assertThat(notifications()).allMatch(n -> n.getAccountId() != null);

        clock.set(Instant.parse("2026-12-04T16:59:00Z")); // 23:59 on the due day
        assertThat(tx(() -> desk.get(sent.id())).overdue()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(tx(() -> desk.get(sent.id())).overdue()).isTrue();
        assertThat(tx(() -> desk.overdueCount())).isEqualTo(1);
        tx(() -> desk.reply(sent.id(), "Đã yêu cầu người bán cập nhật ảnh.", "ha@sct.gov.vn", VI));
        assertThat(tx(() -> desk.get(sent.id())).overdue()).isFalse();
        assertThat(tx(() -> desk.queue(FeedbackStatus.ANSWERED, 10))).hasSize(1);
    }

    @Test
    void badComplaintsAreRefusedFieldByFieldAndNothingIsWritten() {
        assertThat(errors(new FeedbackForm("An", null, " ", "GENERAL", null, null, "Trang web rất chậm vào buổi tối.")))
                .containsExactly("contact");
        assertThat(errors(new FeedbackForm("An", "an@@example", "12345", "GENERAL", null, null, "Trang web rất chậm vào buổi tối.")))
                .containsExactly("email", "phone");
        assertThat(errors(new FeedbackForm("An", null, "0912345678", "ORDER", "DS-2026-999999", null, "Chưa nhận được hàng đã đặt.")))
                .containsExactly("orderCode");
        assertThat(errors(new FeedbackForm("An", null, "0987654321", "ORDER", orderCode, null, "Chưa nhận được hàng đã đặt.")))
                .containsExactly("orderCode");
        assertThat(errors(new FeedbackForm("An", "an@example.vn", null, "ORDER", orderCode, null, "Chưa nhận được hàng đã đặt.")))
                .containsExactly("phone");
        assertThat(errors(new FeedbackForm("An", "an@example.vn", null, "LISTING", null, "/san-pham/khong-co", "Sản phẩm bị sai giá.")))
                .containsExactly("product");
        assertThat(errors(new FeedbackForm("An", "an@example.vn", null, "GENERAL", null, null, "x".repeat(Feedback.MAX_MESSAGE + 1))))
                .containsExactly("message");
        assertThat(errors(new FeedbackForm("", "an@example.vn", null, "OTHER", null, null, "ngắn")))
                .containsExactly("name", "subject", "message");

        InvalidDepartmentInput english = catchInvalid(new FeedbackForm("An", null, null, "GENERAL", null, null, "Trang web rất chậm."), EN);
        assertThat(english.errors().get(0).message()).isEqualTo("Please give an email address or a phone number so that we can answer.");
        long written = db.inTransaction(em -> em.createQuery("select count(f) from Feedback f", Long.class).getSingleResult());
        assertThat(written).isZero();
        assertThat(notifications()).isEmpty();
    }

    private List<String> errors(FeedbackForm form) {
        return catchInvalid(form, VI).errors().stream().map(FieldError::field).toList();
    }

    private InvalidDepartmentInput catchInvalid(FeedbackForm form, Locale locale) {
        try {
            tx(() -> intake.submit(form, locale));
        } catch (InvalidDepartmentInput e) {
            return e;
        }
        throw new AssertionError("Accepted: " + form);
    }

    private String productSlug() {
        return db.inTransaction(em -> em.createQuery("select p.slug from Product p order by p.id", String.class)
                .setMaxResults(1).getSingleResult());
    }

    private List<Notification> notifications() {
        return db.inTransaction(em -> em.createQuery("select n from Notification n order by n.id", Notification.class).getResultList());
    }

    private <T> T tx(Supplier<T> work) {
        return db.inTransaction(em -> work.get());
    }
}
