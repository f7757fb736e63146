package vn.dacsan.order.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import vn.dacsan.order.application.OrderNotFoundException;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.OrderView;
import vn.dacsan.order.application.TooManyTrackingAttempts;
import vn.dacsan.order.application.TrackingLimiter;
import vn.dacsan.platform.web.ClientAddress;
import vn.dacsan.platform.web.Storefront;

/**
 * Track an order with its code and the phone it was placed with (/tra-cuu-don-hang). A wrong
 * phone and an unknown code read the same; look-ups are limited per visitor.
 */
@Named
@ViewScoped
public class TrackingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddress clientAddress;
    @Inject
    OrderService orders;
    @Inject
    TrackingLimiter limiter;
    @Inject
    Storefront storefront;

    private String code;
    private String phone;
    private OrderView order;

    public void track() {
        order = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            limiter.acquire(clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
            order = orders.track(code == null ? "" : code.strip(), phone == null ? "" : phone.strip());
        } catch (OrderNotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, storefront.text("tracking.notFound"), null));
        } catch (TooManyTrackingAttempts e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, storefront.text("tracking.tooMany"), null));
        }
    }

    public OrderView getOrder() {
        return order;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
