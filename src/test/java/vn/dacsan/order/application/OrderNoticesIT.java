package vn.dacsan.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Role;
import vn.dacsan.notification.application.MailSender;
import vn.dacsan.notification.application.MailSettings;
import vn.dacsan.notification.application.NotificationMail;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.EmailState;
import vn.dacsan.notification.domain.Notification;
import vn.dacsan.payment.application.CashOnDeliveryProvider;
import vn.dacsan.payment.application.PaymentProviders;
import vn.dacsan.payment.application.VietQrProvider;
import vn.dacsan.payment.application.VietQrSettings;
import vn.dacsan.payment.domain.ReceivingAccount;
import vn.dacsan.testing.TestDatabase;

/**
 * Who hears of an order and its steps, against the real schema: guests by email only (when they
 * gave one), account holders in the site and by email, producers of new and cancelled orders.
 */
class OrderNoticesIT {

    private static final MailSettings MAIL_ON = new MailSettings("127.0.0.1", 2525, "Sàn <no-reply@dacsan.example.vn>",
            null, null, false, Duration.ofSeconds(3));

    private OrderFixture fixture;
    private OrderService orders;
    private AccountProfile keoDua;
    private AccountProfile otherBusiness;
    private AccountProfile staff;
    private long candy;
    private long coconut;
    private int delivered;

    @BeforeEach
    void setUp() {
        fixture = new OrderFixture(new TestDatabase());
        orders = fixture.service();
        candy = fixture.liveProduct("cong-ty-keo-dua-an-hoi", 20);
        coconut = fixture.liveProduct("cong-ty-thuc-pham-dua-phuoc-long", 5);
        keoDua = fixture.account("keodua@test.vn", "Kẹo dừa An Hội", Role.BUSINESS, fixture.producerId("cong-ty-keo-dua-an-hoi"));
        otherBusiness = fixture.account("dua@test.vn", "Thực phẩm dừa", Role.BUSINESS,
                fixture.producerId("cong-ty-thuc-pham-dua-phuoc-long"));
        staff = fixture.account("canbo@test.vn", "Cán bộ Lan", Role.STAFF, null);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aGuestWhoGaveAnEmailGetsTheReceiptAndEveryStepByEmailOnly() {
        OrderView order = place(buyer("mai@example.vn"), "VIETQR", Optional.empty());
        OrderNotices notices = notices(MAIL_ON);
        deliver(notices);

        Notification receipt = emailOnly().get(0);
        assertThat(receipt.getKind()).isEqualTo(OrderNotices.PLACED);
        assertThat(receipt.getEmailTo()).isEqualTo("mai@example.vn");
        assertThat(receipt.getEmailState()).isEqualTo(EmailState.PENDING);
        assertThat(receipt.getSubject()).contains(order.code());
        assertThat(receipt.getBody()).contains(order.code(), "Kẹo dừa An Hội", " × 3", " × 2", "Ấp 3, số 12",
                VietQrSettings.DEMO_BANK_NAME, VietQrSettings.DEMO_ACCOUNT_NUMBER, "“" + order.code() + "”", "trang tra cứu đơn hàng");
        assertThat(receipt.getLink()).isEqualTo("/tra-cuu-don-hang?ma=" + order.code());
        long toProducers = fixture.db.inTransaction(em -> em.createQuery(
                "select count(n) from Notification n where n.kind = :kind and n.accountId in :producers", Long.class)
                .setParameter("kind", OrderNotices.FOR_PRODUCER).setParameter("producers", List.of(keoDua.id(), otherBusiness.id()))
                .getSingleResult());
        assertThat(toProducers).as("each producer hears of the new order").isEqualTo(2);

        long candyPart = part(order, keoDua);
        long coconutPart = part(order, otherBusiness);
        fixture.tx(() -> orders.confirm(keoDua, candyPart));
        fixture.tx(() -> orders.ship(keoDua, candyPart));
        fixture.tx(() -> orders.cancel(otherBusiness, coconutPart, "Hết dừa tươi đạt chuẩn", OrderFixture.VI));
        fixture.tx(() -> orders.markPaid(staff, candyPart));
        deliver(notices);

        List<Notification> emails = emailOnly();
        assertThat(emails).extracting(Notification::getKind).containsExactly(OrderNotices.PLACED,
                OrderNotices.MOVED, OrderNotices.MOVED, OrderNotices.MOVED, OrderNotices.PAID);
        assertThat(emails).allSatisfy(n -> assertThat(n.getEmailTo()).isEqualTo("mai@example.vn"));
        assertThat(emails.get(1).getSubject()).contains(order.code(), "đã xác nhận");
        assertThat(emails.get(2).getSubject()).contains("đang giao");
        assertThat(emails.get(3).getBody()).contains("Hết dừa tươi đạt chuẩn");
        assertThat(emails.get(4).getSubject()).contains("thanh toán");
    }

    @Test
    void aGuestWithoutAnEmailIsToldNothingAndTheOrderStillStands() {
        OrderView order = place(buyer(null), "COD", Optional.empty());
        deliver(notices(MAIL_ON));
        assertThat(emailOnly()).isEmpty();
        assertThat(orders.track(order.code(), "0912345678").code()).isEqualTo(order.code());
    }

    @Test
    void withMailOffAGuestGetsNoRowAndNothingFails() {
        place(buyer("mai@example.vn"), "COD", Optional.empty());
        deliver(notices(MailSettings.off("no-reply@dacsan.example.vn")));
        assertThat(emailOnly()).isEmpty();
    }

    @Test
    void anAccountHolderReadsItInTheSiteAndTheBuyersOwnCancellationTellsTheProducer() {
        AccountProfile shopper = fixture.account("khach@test.vn", "Khách Mai", Role.SHOPPER, null);
        OrderView order = place(buyer("other@example.vn"), "COD", Optional.of(shopper));
        OrderNotices notices = notices(MAIL_ON);
        deliver(notices);
        fixture.tx(() -> orders.cancelByShopper(order.code(), null, Optional.of(shopper), "Đặt nhầm", OrderFixture.VI));
        deliver(notices);

        assertThat(emailOnly()).as("an account holder is told through the account").isEmpty();
        List<Notification> shoppers = forAccount(shopper.id());
        assertThat(shoppers).extracting(Notification::getKind).containsExactly(OrderNotices.PLACED);
        assertThat(shoppers.get(0).getLink()).isEqualTo("/don-hang-cua-toi");
        assertThat(shoppers.get(0).getEmailTo()).isEqualTo("khach@test.vn");
        assertThat(forAccount(keoDua.id())).extracting(Notification::getKind)
                .containsExactly(OrderNotices.FOR_PRODUCER, OrderNotices.CANCELLED_BY_BUYER);
        assertThat(forAccount(keoDua.id()).get(1).getBody()).contains("Đặt nhầm");
    }

    @Test
    void aGuestsEmailLinksToTrackingAndToNoInbox() {
        place(buyer("mai@example.vn"), "COD", Optional.empty());
        deliver(notices(MAIL_ON));
        NotificationMail mail = new NotificationMail(Optional.of("https://dacsan.example.vn"), "Đặc sản OCOP");
        String text = mail.compose(emailOnly().get(0)).text();
        assertThat(text).contains("https://dacsan.example.vn/tra-cuu-don-hang?ma=DS-", "vui lòng không trả lời")
                .doesNotContain("/thong-bao");
    }

    private OrderView place(PlaceOrder.Buyer buyer, String payment, Optional<AccountProfile> shopper) {
        PlaceOrder request = new PlaceOrder(List.of(new PlaceOrder.Line(candy, 3, null), new PlaceOrder.Line(coconut, 2, null)), buyer,
                new PlaceOrder.Address(fixture.provinceCode, fixture.communeCode, "Ấp 3, số 12", null), payment);
        return orders.place(request, shopper, "notice-" + System.nanoTime()).order();
    }

    private static PlaceOrder.Buyer buyer(String email) {
        return new PlaceOrder.Buyer("Nguyễn Thị Mai", "0912 345 678", email);
    }

    private OrderNotices notices(MailSettings mail) {
        Notifications notifications = new Notifications(fixture.db.em(), fixture.clock, new MailSender(mail, fixture.clock));
        return new OrderNotices(notifications, new OrderRecords(fixture.db.em()),
                new PaymentProviders(List.of(new CashOnDeliveryProvider(), new VietQrProvider(new VietQrSettings(new ReceivingAccount(VietQrSettings.DEMO_BANK_BIN,
                        VietQrSettings.DEMO_BANK_NAME, VietQrSettings.DEMO_ACCOUNT_NUMBER, VietQrSettings.DEMO_ACCOUNT_NAME))))));
    }

    /** What the CDI container does: every order event fired so far reaches the observer, in a transaction. */
    private void deliver(OrderNotices notices) {
        List<OrderNews> fired = fixture.news.fired;
        for (; delivered < fired.size(); delivered++) {
            OrderNews news = fired.get(delivered);
            fixture.tx(() -> {
                notices.onOrder(news);
                return null;
            });
        }
    }

    private long part(OrderView order, AccountProfile seller) {
        return order.subOrders().stream().filter(s -> s.producerId() == seller.producerId()).findFirst().orElseThrow().id();
    }

    private List<Notification> emailOnly() {
        return fixture.db.inTransaction(em -> em.createQuery("select n from Notification n where n.accountId is null order by n.id",
                Notification.class).getResultList());
    }

    private List<Notification> forAccount(long accountId) {
        return fixture.db.inTransaction(em -> em.createQuery("select n from Notification n where n.accountId = :a order by n.id",
                Notification.class).setParameter("a", accountId).getResultList());
    }
}
