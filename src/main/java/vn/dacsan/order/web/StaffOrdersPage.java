package vn.dacsan.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.order.application.OrderFigures;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.SellerOrder;
import vn.dacsan.order.application.StaffOrderFilter;
import vn.dacsan.order.domain.OrderState;
import vn.dacsan.platform.web.Storefront;

/**
 * Staff's view of all orders (/quan-ly/don-hang.xhtml?state=&from=&to=): every producer's parts
 * with filters, and the figures per day, per producer and per OCOP group (orders and revenue of
 * parts not cancelled) as charts and tables. Read-only; a GET form, so filters are shareable links.
 */
@Named
@RequestScoped
public class StaffOrdersPage {

    @Inject
    OrderService orders;
    @Inject
    CurrentAccount currentAccount;
    @Inject
    OrderFigures orderFigures;
    @Inject
    Storefront storefront;

    private String state;
    private String from;
    private String to;
    private List<SellerOrder> rows;
    private OrderFigures.Report figures;

    public List<SellerOrder> getOrders() {
        if (rows == null) {
            rows = orders.staffOrders(currentAccount.getProfile(), new StaffOrderFilter(stateFilter(), null, day(from), day(to)));
        }
        return rows;
    }

    /** Figures over every matching order, not only the listed rows. */
    public OrderFigures.Report getFigures() {
        if (figures == null) {
            figures = orderFigures.report(currentAccount.getProfile(), new StaffOrderFilter(stateFilter(), null, day(from), day(to)));
        }
        return figures;
    }

    /** Newest day first, as the table reads. */
    public List<OrderFigures.Figure> getPerDay() {
        List<OrderFigures.Figure> days = new ArrayList<>(getFigures().perDay());
        Collections.reverse(days);
        return days;
    }

    public List<OrderFigures.Figure> getPerProducer() {
        return getFigures().perProducer();
    }

    public List<OrderFigures.Figure> getPerGroup() {
        return getFigures().perGroup();
    }

    /** Chart.js settings for p:chart: revenue per day, oldest first. */
    public String getDayChart() {
        return OrderCharts.revenueBars(getFigures().perDay(), storefront.text("staffOrders.revenue"), false, english());
    }

    public String getProducerChart() {
        return OrderCharts.revenueBars(getFigures().perProducer(), storefront.text("staffOrders.revenue"), true, english());
    }

    public String getGroupChart() {
        return OrderCharts.revenueShares(getFigures().perGroup(), english());
    }

    private boolean english() {
        return "en".equals(storefront.getLocale().getLanguage());
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
