package vn.dacsan.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.OrderView;

/** The orders the logged-in account placed (/don-hang-cua-toi), newest first, each as on the tracking page. */
@Named
@RequestScoped
public class MyOrdersPage {

    @Inject
    OrderService orders;
    @Inject
    CurrentAccount currentAccount;

    private List<OrderView> rows;

    public List<OrderView> getOrders() {
        if (rows == null) {
            rows = currentAccount.getProfile() == null ? List.of() : orders.history(currentAccount.getProfile());
        }
        return rows;
    }
}
