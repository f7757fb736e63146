package vn.dacsan.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.SellerOrder;
import vn.dacsan.order.application.StaffOrderFilter;
import vn.dacsan.order.domain.OrderState;

/**
 * Staff's view of all orders (/quan-ly/don-hang.xhtml?state=&from=&to=): every producer's parts
 * with filters, and the figures per day and per producer (orders and revenue of parts not
 * cancelled). Read-only; a GET form, so filters are shareable links.
 */
@Named
@RequestScoped
public class StaffOrdersPage {

    @Inject
    OrderService orders;
    @Inject
    CurrentAccount currentAccount;
    @Inject
    Clock clock;

    private String state;
    private String from;
    private String to;
    private List<SellerOrder> rows;

    /** Orders and revenue of one day or one producer. */
    public record Figure(String label, long parts, long revenueVnd) {
    }

    public List<SellerOrder> getOrders() {
        if (rows == null) {
            rows = orders.staffOrders(currentAccount.getProfile(), new StaffOrderFilter(stateFilter(), null, day(from), day(to)));
        }
        return rows;
    }

    public List<Figure> getPerDay() {
        Map<LocalDate, List<SellerOrder>> days = getOrders().stream().filter(StaffOrdersPage::counts)
                .collect(Collectors.groupingBy(o -> LocalDate.ofInstant(o.placedAt(), clock.getZone()), TreeMap::new, Collectors.toList()));
        return days.entrySet().stream().sorted(Map.Entry.<LocalDate, List<SellerOrder>>comparingByKey().reversed())
                .map(e -> figure(String.format("%02d/%02d/%d", e.getKey().getDayOfMonth(), e.getKey().getMonthValue(), e.getKey().getYear()),
                        e.getValue())).toList();
    }

    public List<Figure> getPerProducer() {
        return getOrders().stream().filter(StaffOrdersPage::counts)
                .collect(Collectors.groupingBy(o -> o.subOrder().producerName()))
                .entrySet().stream().map(e -> figure(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Figure::revenueVnd).reversed()).toList();
    }

    private static Figure figure(String label, List<SellerOrder> parts) {
        return new Figure(label, parts.size(), parts.stream().mapToLong(o -> o.subOrder().subtotalVnd()).sum());
    }

    private static boolean counts(SellerOrder order) {
        return !order.subOrder().state().equals(OrderState.CANCELLED.name());
    }

    private OrderState stateFilter() {
        try {
            return state == null || state.isBlank() ? null : OrderState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
