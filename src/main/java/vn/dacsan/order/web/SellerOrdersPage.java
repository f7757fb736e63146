package vn.dacsan.order.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.order.application.InvalidOrderException;
import vn.dacsan.order.application.NotYourOrderException;
import vn.dacsan.order.application.OrderNotFoundException;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.SellerOrder;
import vn.dacsan.order.domain.OrderState;
import vn.dacsan.order.domain.OrderStateException;
import vn.dacsan.platform.web.Storefront;

/**
 * The seller portal's orders (/ban-hang/don-hang.xhtml?state=…): the business's own parts of
 * orders, newest first, with the next step as a button (confirm, ship, deliver), cancellation
 * with a reason, and "paid" for bank transfers. Every step is checked against the business.
 */
@Named
@ViewScoped
public class SellerOrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;
    @Inject
    CurrentAccount currentAccount;
    @Inject
    Storefront storefront;

    private String state;
    private List<SellerOrder> rows;
    private final Map<Long, String> cancelReasons = new HashMap<>();

    public List<SellerOrder> getOrders() {
        if (rows == null) {
            rows = orders.sellerOrders(currentAccount.getProfile(), filter());
        }
        return rows;
    }

    public void confirm(long subOrderId) {
        step(() -> orders.confirm(currentAccount.getProfile(), subOrderId), "sellerOrders.done.CONFIRMED");
    }

    public void ship(long subOrderId) {
        step(() -> orders.ship(currentAccount.getProfile(), subOrderId), "sellerOrders.done.SHIPPED");
    }

    public void deliver(long subOrderId) {
        step(() -> orders.deliver(currentAccount.getProfile(), subOrderId), "sellerOrders.done.DELIVERED");
    }

    public void cancel(long subOrderId) {
        step(() -> orders.cancel(currentAccount.getProfile(), subOrderId, cancelReasons.get(subOrderId), storefront.getLocale()),
                "sellerOrders.done.CANCELLED");
    }

    public void markPaid(long subOrderId) {
        step(() -> orders.markPaid(currentAccount.getProfile(), subOrderId), "sellerOrders.done.PAID");
    }

    private void step(Supplier<?> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, storefront.text(doneKey), null));
        } catch (InvalidOrderException e) {
            for (FieldError error : e.errors()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
        } catch (OrderStateException | OrderNotFoundException | NotYourOrderException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, storefront.text("sellerOrders.refused"), null));
        }
        rows = null;
    }

    /** The step a part can take next (its forward state), or null when it is finished. */
    public String nextStep(String current) {
        return OrderState.valueOf(current).next().stream().filter(s -> s != OrderState.CANCELLED).findFirst()
                .map(s -> switch (s) {
                    case CONFIRMED -> "confirm";
                    case SHIPPED -> "ship";
                    default -> "deliver";
                }).orElse(null);
    }

    public boolean cancellable(String current) {
        return OrderState.valueOf(current).canMoveTo(OrderState.CANCELLED);
    }

    private Optional<OrderState> filter() {
        try {
            return state == null || state.isBlank() ? Optional.empty() : Optional.of(OrderState.valueOf(state.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Map<Long, String> getCancelReasons() {
        return cancelReasons;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
