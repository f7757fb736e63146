package vn.dacsan.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Role;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.order.domain.OrderState;
import vn.dacsan.order.domain.OrderStateException;
import vn.dacsan.testing.TestDatabase;

/** Placing, tracking and fulfilling orders against the real schema: states, ownership, stock, bad input. */
class OrderLifecycleIT {

    private OrderFixture fixture;
    private OrderService orders;
    private AccountProfile keoDua;
    private AccountProfile otherBusiness;
    private AccountProfile staff;
    private AccountProfile shopper;
    private long candy;
    private long coconut;

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
        shopper = fixture.account("khach@test.vn", "Khách Mai", Role.SHOPPER, null);
        fixture.clearOutbox();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void anOrderFromTwoProducersIsSplitAndEachPartMovesOnItsOwn() {
        long candyPrice = fixture.price(candy);
        PlacedOrder placed = orders.place(fixture.order(new PlaceOrder.Line(candy, 3, candyPrice), new PlaceOrder.Line(coconut, 2, null)),
                Optional.of(shopper), "checkout-1");
        OrderView order = placed.order();
        assertThat(placed.replayed()).isFalse();
        assertThat(order.code()).matches("DS-2026-\\d{6}");
        assertThat(order.paymentMethod()).isEqualTo("COD");
        assertThat(order.paymentState()).isEqualTo("NOT_REQUIRED");
        assertThat(order.delivery().phone()).isEqualTo("0912345678");
        assertThat(order.subOrders()).hasSize(2).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo("PLACED");
            assertThat(s.history()).extracting(OrderView.StepView::to).containsExactly("PLACED");
            assertThat(s.history().get(0).actor()).isEqualTo("Khách Mai");
        });
        assertThat(order.totalVnd()).isEqualTo(3 * candyPrice + 2 * fixture.price(coconut));
        assertThat(fixture.stock(candy)).isEqualTo(17);
        assertThat(fixture.stock(coconut)).isEqualTo(3);
        assertThat(fixture.outboxEntriesFor(candy)).isEqualTo(1);
        assertThat(fixture.news.fired).extracting(OrderNews::kind).containsExactly(OrderNews.Kind.PLACED);

        SellerOrder mine = only(tx(() -> orders.sellerOrders(keoDua, Optional.empty())));
        assertThat(mine.orderCode()).isEqualTo(order.code());
        assertThat(mine.subOrder().items()).extracting(OrderView.ItemView::productId).containsExactly(candy);
        long part = mine.subOrder().id();

        fixture.clock.advance(Duration.ofHours(1));
        tx(() -> orders.confirm(keoDua, part));
        assertThatThrownBy(() -> tx(() -> orders.deliver(keoDua, part)))
                .isInstanceOfSatisfying(OrderStateException.class, e -> assertThat(e.code()).isEqualTo("wrong-step"));
        tx(() -> orders.ship(keoDua, part));
        assertThatThrownBy(() -> tx(() -> orders.cancel(keoDua, part, "Hết hàng", OrderFixture.VI)))
                .isInstanceOfSatisfying(OrderStateException.class, e -> assertThat(e.code()).isEqualTo("already-shipped"));
        SellerOrder delivered = tx(() -> orders.deliver(keoDua, part));
        assertThat(delivered.subOrder().state()).isEqualTo("DELIVERED");
        assertThat(delivered.subOrder().history()).extracting(OrderView.StepView::to)
                .containsExactly("PLACED", "CONFIRMED", "SHIPPED", "DELIVERED");
        assertThat(delivered.subOrder().history().get(1).actor()).isEqualTo("Kẹo dừa An Hội");
        assertThat(delivered.subOrder().history().get(1).at()).isEqualTo(OrderFixture.THURSDAY.plus(Duration.ofHours(1)));

        OrderView tracked = tx(() -> orders.track(order.code().toLowerCase(), "+84 912.345.678"));
        assertThat(tracked.subOrders()).extracting(OrderView.SubOrderView::state).containsExactlyInAnyOrder("DELIVERED", "PLACED");
        assertThat(tx(() -> orders.history(shopper))).extracting(OrderView::code).containsExactly(order.code());
        assertThat(tx(() -> orders.staffOrders(staff, new StaffOrderFilter(OrderState.DELIVERED, null, null, null))))
                .extracting(s -> s.subOrder().id()).containsExactly(part);
        assertThat(tx(() -> orders.staffOrders(staff, new StaffOrderFilter(null, otherBusiness.producerId(),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26))))).hasSize(1);
        assertThat(tx(() -> orders.staffOrders(staff, new StaffOrderFilter(null, null, LocalDate.of(2026, 11, 27), null)))).isEmpty();
    }

    @Test
    void aProducerCancelsWithAReasonAndTheStockComesBack() {
        OrderView order = orders.place(fixture.order(candy, 4), Optional.empty(), "checkout-2").order();
        long part = order.subOrders().get(0).id();
        assertThat(fixture.stock(candy)).isEqualTo(16);
        fixture.clearOutbox();

        assertThatThrownBy(() -> tx(() -> orders.cancel(keoDua, part, "  ", OrderFixture.VI)))
                .isInstanceOfSatisfying(InvalidOrderException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        tx(() -> orders.confirm(keoDua, part));
        SellerOrder cancelled = tx(() -> orders.cancel(keoDua, part, "Lô hàng bị hỏng do mưa", OrderFixture.VI));
        assertThat(cancelled.subOrder().state()).isEqualTo("CANCELLED");
        assertThat(cancelled.subOrder().cancelReason()).isEqualTo("Lô hàng bị hỏng do mưa");
        assertThat(fixture.stock(candy)).isEqualTo(20);
        assertThat(fixture.outboxEntriesFor(candy)).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> orders.confirm(keoDua, part)))
                .isInstanceOfSatisfying(OrderStateException.class, e -> assertThat(e.code()).isEqualTo("already-cancelled"));
        assertThatThrownBy(() -> tx(() -> orders.cancel(keoDua, part, "lần nữa", OrderFixture.VI)))
                .isInstanceOf(OrderStateException.class);
        assertThat(fixture.stock(candy)).as("stock is returned once").isEqualTo(20);
        assertThat(fixture.news.fired).extracting(OrderNews::to)
                .containsExactly(OrderState.PLACED, OrderState.CONFIRMED, OrderState.CANCELLED);
    }

    @Test
    void theShopperCancelsBeforeConfirmationOnlyWithTheRightPhone() {
        OrderView order = orders.place(fixture.order(new PlaceOrder.Line(candy, 2, null), new PlaceOrder.Line(coconut, 1, null)),
                Optional.empty(), "checkout-3").order();
        assertThatThrownBy(() -> tx(() -> orders.cancelByShopper(order.code(), "0987654321", Optional.empty(), null, OrderFixture.VI)))
                .isInstanceOf(OrderNotFoundException.class);
        OrderView cancelled = tx(() -> orders.cancelByShopper(order.code(), "0912345678", Optional.empty(), "Đặt nhầm", OrderFixture.VI));
        assertThat(cancelled.subOrders()).extracting(OrderView.SubOrderView::state).containsOnly("CANCELLED");
        assertThat(cancelled.subOrders().get(0).history().get(1).actor()).isEqualTo("Nguyễn Thị Mai");
        assertThat(fixture.stock(candy)).isEqualTo(20);
        assertThat(fixture.stock(coconut)).isEqualTo(5);

        OrderView second = orders.place(fixture.order(candy, 1), Optional.empty(), "checkout-4").order();
        tx(() -> orders.confirm(keoDua, second.subOrders().get(0).id()));
        assertThatThrownBy(() -> tx(() -> orders.cancelByShopper(second.code(), "0912345678", Optional.empty(), null, OrderFixture.VI)))
                .isInstanceOfSatisfying(OrderStateException.class, e -> assertThat(e.code()).isEqualTo("already-confirmed"));
        assertThat(fixture.stock(candy)).isEqualTo(19);
    }

    @Test
    void producersSeeAndMoveOnlyTheirOwnParts() {
        OrderView order = orders.place(fixture.order(candy, 1), Optional.empty(), "checkout-5").order();
        long part = order.subOrders().get(0).id();
        List<Runnable> foreign = List.of(
                () -> orders.sellerOrder(otherBusiness, part),
                () -> orders.confirm(otherBusiness, part),
                () -> orders.ship(otherBusiness, part),
                () -> orders.deliver(otherBusiness, part),
                () -> orders.cancel(otherBusiness, part, "không phải của tôi", OrderFixture.VI),
                () -> orders.markPaid(otherBusiness, part),
                () -> orders.confirm(shopper, part),
                () -> orders.sellerOrders(shopper, Optional.empty()),
                () -> orders.staffOrders(keoDua, new StaffOrderFilter(null, null, null, null)));
        for (Runnable call : foreign) {
            assertThatThrownBy(() -> tx(() -> {
                call.run();
                return null;
            })).isInstanceOf(NotYourOrderException.class);
        }
        assertThat(tx(() -> orders.sellerOrders(otherBusiness, Optional.empty()))).isEmpty();
        assertThatThrownBy(() -> tx(() -> orders.confirm(keoDua, 987_654_321L))).isInstanceOf(OrderNotFoundException.class);
        assertThat(tx(() -> orders.sellerOrder(keoDua, part)).subOrder().state()).isEqualTo("PLACED");
    }

    @Test
    void aTransferIsMarkedPaidOnceByItsProducerOrStaff() {
        PlaceOrder byTransfer = new PlaceOrder(List.of(new PlaceOrder.Line(candy, 1, null)),
                new PlaceOrder.Buyer("Trần Văn Bình", "0389 123 456", null),
                new PlaceOrder.Address(fixture.provinceCode, fixture.communeCode, "12 Đường 30/4", null), "vietqr");
        OrderView order = orders.place(byTransfer, Optional.empty(), "checkout-6").order();
        assertThat(order.paymentState()).isEqualTo("UNPAID");
        long part = order.subOrders().get(0).id();
        OrderView paid = tx(() -> orders.markPaid(keoDua, part));
        assertThat(paid.paymentState()).isEqualTo("PAID");
        assertThat(paid.paidAt()).isEqualTo(OrderFixture.THURSDAY);
        assertThatThrownBy(() -> tx(() -> orders.markPaid(staff, part)))
                .isInstanceOfSatisfying(OrderStateException.class, e -> assertThat(e.code()).isEqualTo("already-paid"));

        OrderView cash = orders.place(fixture.order(candy, 1), Optional.empty(), "checkout-7").order();
        assertThatThrownBy(() -> tx(() -> orders.markPaid(staff, cash.subOrders().get(0).id())))
                .isInstanceOfSatisfying(OrderStateException.class, e -> assertThat(e.code()).isEqualTo("not-a-transfer"));
    }

    @Test
    void trackingSaysTheSameForAnUnknownCodeAndAWrongPhone() {
        OrderView order = orders.place(fixture.order(candy, 1), Optional.empty(), "checkout-8").order();
        Throwable wrongPhone = catchThrowable(() -> orders.track(order.code(), "0987654321"));
        Throwable unknownCode = catchThrowable(() -> orders.track("DS-2026-999999", "0912345678"));
        Throwable noPhone = catchThrowable(() -> orders.track(order.code(), null));
        assertThat(List.of(wrongPhone, unknownCode, noPhone)).allSatisfy(t -> assertThat(t)
                .isInstanceOf(OrderNotFoundException.class).hasMessage("No order with this code and phone number"));
        assertThat(tx(() -> orders.track(order.code(), "0912345678")).code()).isEqualTo(order.code());
        assertThatThrownBy(() -> tx(() -> orders.get(shopper, order.code()))).isInstanceOf(OrderNotFoundException.class);
        assertThat(tx(() -> orders.get(staff, order.code())).code()).isEqualTo(order.code());
    }

    @Test
    void trackingIsLimitedPerClientAndTheLimitPasses() {
        TrackingLimiter limiter = new TrackingLimiter(10, fixture.clock);
        for (int i = 0; i < 10; i++) {
            limiter.acquire("203.0.113.7");
            fixture.clock.advance(Duration.ofSeconds(1));
        }
        assertThatThrownBy(() -> limiter.acquire("203.0.113.7"))
                .isInstanceOfSatisfying(TooManyTrackingAttempts.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(50));
        limiter.acquire("198.51.100.2");
        fixture.clock.advance(Duration.ofSeconds(50));
        limiter.acquire("203.0.113.7");
    }

    @Test
    void badCheckoutsAreRefusedWithReasonsAndChangeNothing() {
        long before = fixture.count("select count(*) from customer_order");
        assertThat(fields(fixture.order(candy, 0))).containsExactly("items[0].quantity");
        assertThat(fields(fixture.order(candy, -2))).containsExactly("items[0].quantity");
        assertThat(fields(fixture.order(candy, 1000))).containsExactly("items[0].quantity");
        assertThat(fields(new PlaceOrder(List.of(), null, null, "CARD")))
                .containsExactly("items", "buyer.name", "buyer.phone", "address.provinceCode", "address.communeCode",
                        "address.street", "payment");
        assertThat(fields(new PlaceOrder(List.of(new PlaceOrder.Line(candy, 1, null)),
                new PlaceOrder.Buyer("Mai", "0212 345 678", "not-an-email"),
                new PlaceOrder.Address(fixture.provinceCode, fixture.communeCode, "Ấp 3", null), "COD")))
                .as("a fixed line is not a mobile").containsExactly("buyer.phone", "buyer.email");
        assertThat(fields(new PlaceOrder(List.of(new PlaceOrder.Line(candy, 1, null)),
                new PlaceOrder.Buyer("Mai", "0912345678", null),
                new PlaceOrder.Address(fixture.provinceCode, "khong-co-xa-nay", "Ấp 3", null), "COD")))
                .containsExactly("address.communeCode");
        assertThat(fields(new PlaceOrder(List.of(new PlaceOrder.Line(candy, 1, null)),
                new PlaceOrder.Buyer("Mai", "0912345678", null),
                new PlaceOrder.Address(fixture.communeCode, fixture.provinceCode, "Ấp 3", null), "COD")))
                .as("codes swapped").containsExactly("address.provinceCode");
        assertThat(fields(fixture.order(new PlaceOrder.Line(candy, 1, null), new PlaceOrder.Line(candy, 2, null))))
                .containsExactly("items[1].productId");
        assertThatThrownBy(() -> orders.place(fixture.order(candy, 1), Optional.empty(), " "))
                .isInstanceOfSatisfying(InvalidOrderException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("idempotencyKey"));

        fixture.db.run(() -> fixture.db.em().createNativeQuery("update product set status = 'WITHDRAWN' where id = " + coconut)
                .executeUpdate());
        assertThat(fields(fixture.order(new PlaceOrder.Line(candy, 1, null), new PlaceOrder.Line(coconut, 1, null))))
                .containsExactly("items[1].productId");

        long price = fixture.price(candy);
        assertThatThrownBy(() -> orders.place(fixture.order(new PlaceOrder.Line(candy, 1, price - 1000)), Optional.empty(), "k1"))
                .isInstanceOfSatisfying(PriceChangedException.class, e -> assertThat(e.changes())
                        .containsExactly(new PriceChangedException.PriceChange(candy, e.changes().get(0).name(), price - 1000, price)));
        assertThatThrownBy(() -> orders.place(fixture.order(candy, 21), Optional.empty(), "k2"))
                .isInstanceOfSatisfying(OutOfStockException.class, e -> assertThat(e.shortages())
                        .extracting(OutOfStockException.Shortage::productId, OutOfStockException.Shortage::available)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(candy, 20)));

        assertThat(fixture.count("select count(*) from customer_order")).isEqualTo(before);
        assertThat(fixture.stock(candy)).isEqualTo(20);
        assertThat(fixture.outboxEntriesFor(candy)).isZero();
        assertThat(fixture.news.fired).isEmpty();
    }

    @Test
    void aReplayGivesTheSameOrderAndADifferentBodyUnderTheKeyIsRefused() {
        PlacedOrder first = orders.place(fixture.order(candy, 2), Optional.empty(), "checkout-9");
        PlacedOrder again = orders.place(fixture.order(candy, 2), Optional.empty(), "checkout-9");
        assertThat(again.replayed()).isTrue();
        assertThat(again.order().code()).isEqualTo(first.order().code());
        assertThat(fixture.stock(candy)).isEqualTo(18);
        assertThatThrownBy(() -> orders.place(fixture.order(candy, 3), Optional.empty(), "checkout-9"))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> orders.place(fixture.order(candy, 2), Optional.of(shopper), "checkout-9"))
                .as("another caller with the same key").isInstanceOf(IdempotencyConflictException.class);
        assertThat(fixture.stock(candy)).isEqualTo(18);
        assertThat(fixture.count("select count(*) from customer_order")).isEqualTo(1);
    }

    private List<String> fields(PlaceOrder checkout) {
        try {
            orders.place(checkout, Optional.empty(), "bad-" + System.nanoTime(), OrderFixture.VI);
        } catch (InvalidOrderException e) {
            assertThat(e.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("the checkout was accepted");
    }

    private static Throwable catchThrowable(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static <T> T only(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private <T> T tx(Supplier<T> work) {
        return fixture.tx(work);
    }
}
