package vn.dacsan.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.domain.OcopGroup;
import vn.dacsan.order.application.OrderFigures.Figure;
import vn.dacsan.order.application.OrderFigures.Report;
import vn.dacsan.testing.TestDatabase;

/** The staff dashboard's figures against the real schema: per day, per producer, per top-level OCOP group. */
class OrderFiguresIT {

    private OrderFixture fixture;
    private OrderService orders;
    private OrderFigures figures;
    private AccountProfile keoDua;
    private AccountProfile staff;
    private long candy;
    private long coconut;

    @BeforeEach
    void setUp() {
        fixture = new OrderFixture(new TestDatabase());
        orders = fixture.service();
        figures = new OrderFigures(new OrderRecords(fixture.db.em()), fixture.clock);
        candy = fixture.liveProduct("cong-ty-keo-dua-an-hoi", 50);
        coconut = fixture.liveProduct("cong-ty-thuc-pham-dua-phuoc-long", 50);
        keoDua = fixture.account("keodua@test.vn", "Kẹo dừa An Hội", Role.BUSINESS, fixture.producerId("cong-ty-keo-dua-an-hoi"));
        staff = fixture.account("canbo@test.vn", "Cán bộ Lan", Role.STAFF, null);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void partsAndRevenueAddUpPerDayProducerAndGroupWithoutCancelledParts() {
        long candyPrice = fixture.price(candy);
        long coconutPrice = fixture.price(coconut);
        orders.place(fixture.order(new PlaceOrder.Line(candy, 2, null), new PlaceOrder.Line(coconut, 1, null)), Optional.empty(), "f-1");
        fixture.clock.advance(Duration.ofDays(1));
        OrderView second = orders.place(fixture.order(candy, 3), Optional.empty(), "f-2").order();
        OrderView cancelled = orders.place(fixture.order(candy, 5), Optional.empty(), "f-3").order();
        fixture.tx(() -> orders.cancel(keoDua, cancelled.subOrders().get(0).id(), "Hết hàng", OrderFixture.VI));

        Report report = fixture.tx(() -> figures.report(staff, new StaffOrderFilter(null, null, null, null)));

        long revenue = 5 * candyPrice + coconutPrice;
        assertThat(report.revenueVnd()).isEqualTo(revenue);
        assertThat(report.parts()).as("two parts on day one, one on day two; the cancelled part does not count").isEqualTo(3);
        assertThat(report.perDay()).extracting(Figure::parts).containsExactly(2L, 1L);
        assertThat(report.perDay().get(1).revenueVnd()).isEqualTo(3 * candyPrice);
        assertThat(report.perDay().get(0).key()).isEqualTo(LocalDate.ofInstant(second.placedAt(), fixture.clock.getZone()).minusDays(1).toString());
        assertThat(report.perProducer()).extracting(Figure::revenueVnd).containsExactly(5 * candyPrice, coconutPrice);
        assertThat(report.perProducer().get(0).label()).contains("Kẹo dừa");
        assertThat(report.perGroup()).extracting(Figure::revenueVnd).allMatch(v -> v > 0);
        assertThat(report.perGroup().stream().mapToLong(Figure::revenueVnd).sum()).isEqualTo(revenue);
        assertThat(report.perGroup()).allSatisfy(group -> {
            OcopGroup row = fixture.db.inTransaction(em -> em.find(OcopGroup.class, group.key()));
            assertThat(row.getParent()).as("figures are per top-level group").isNull();
            assertThat(group.label()).isEqualTo(row.getNameVi());
            assertThat(group.labelEn()).isEqualTo(row.getNameEn());
        });

        Report secondDay = fixture.tx(() -> figures.report(staff, new StaffOrderFilter(null, null,
                LocalDate.ofInstant(second.placedAt(), fixture.clock.getZone()), null)));
        assertThat(secondDay.revenueVnd()).isEqualTo(3 * candyPrice);
        long coconutProducer = fixture.producerId("cong-ty-thuc-pham-dua-phuoc-long");
        Report onlyCoconut = fixture.tx(() -> figures.report(staff, new StaffOrderFilter(null, coconutProducer, null, null)));
        assertThat(onlyCoconut.perProducer()).hasSize(1);
        assertThat(onlyCoconut.revenueVnd()).isEqualTo(coconutPrice);
    }

    @Test
    void onlyStaffSeeTheFigures() {
        assertThatThrownBy(() -> fixture.tx(() -> figures.report(keoDua, new StaffOrderFilter(null, null, null, null))))
                .isInstanceOf(NotYourOrderException.class);
    }
}
