package vn.dacsan.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.dacsan.order.application.OrderView;

/** The page right after checkout (/xac-nhan-don-hang.xhtml): the order just placed, handed over once through the flash. */
@Named
@RequestScoped
public class OrderConfirmation {

    static final String FLASH_KEY = "placedOrder";

    private OrderView order;
    private boolean loaded;

    public OrderView getOrder() {
        if (!loaded) {
            order = (OrderView) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FLASH_KEY);
            loaded = true;
        }
        return order;
    }
}
