package vn.dacsan.order.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dacsan.cart.domain.CartView;
import vn.dacsan.cart.web.CurrentCart;
import vn.dacsan.catalog.application.AdminUnitDirectory;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.order.application.InvalidOrderException;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.OutOfStockException;
import vn.dacsan.order.application.PlaceOrder;
import vn.dacsan.order.application.PlacedOrder;
import vn.dacsan.order.application.PriceChangedException;
import vn.dacsan.payment.application.PaymentProviders;
import vn.dacsan.payment.domain.PaymentMethod;
import vn.dacsan.platform.web.Storefront;

/**
 * Checkout (/dat-hang): who receives the parcel, where (province → commune or ward, street),
 * a note, and how to pay. The form carries one idempotency key for its whole life, so a
 * double click or a resent form places the order once. Prices are those the shopper saw; a
 * price that changed meanwhile is shown and must be confirmed.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "checkout";
    private static final Map<String, String> INPUTS = Map.of("buyer.name", "name", "buyer.phone", "phone",
            "buyer.email", "email", "address.provinceCode", "province", "address.communeCode", "commune",
            "address.street", "street", "address.note", "note", "payment", "payment");

    @Inject
    OrderService orders;
    @Inject
    CurrentCart cart;
    @Inject
    AdminUnitDirectory places;
    @Inject
    PaymentProviders payments;
    @Inject
    Storefront storefront;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private String name;
    private String phone;
    private String email;
    private String provinceCode;
    private String communeCode;
    private String street;
    private String note;
    private String payment = PaymentMethod.COD.name();

    public CartView getCart() {
        return cart.view();
    }

    public String place() {
        CartView view = cart.view();
        if (view.isEmpty() || !view.readyForCheckout()) {
            message(storefront.text("checkout.cartNotReady"));
            return null;
        }
        List<PlaceOrder.Line> lines = view.lines().stream()
                .map(l -> new PlaceOrder.Line(l.productId(), l.quantity(), l.priceVnd())).toList();
        PlaceOrder command = new PlaceOrder(lines, new PlaceOrder.Buyer(name, phone, email),
                new PlaceOrder.Address(provinceCode, communeCode, street, note), payment);
        PlacedOrder placed;
        try {
            placed = orders.place(command, cart.account(), idempotencyKey, storefront.getLocale());
        } catch (InvalidOrderException e) {
            for (FieldError error : e.errors()) {
                String input = INPUTS.get(error.field());
                FacesContext.getCurrentInstance().addMessage(input == null ? null : FORM + ":" + input,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
            return null;
        } catch (PriceChangedException e) {
            e.changes().forEach(c -> message(storefront.text("checkout.priceChanged", c.name(),
                    storefront.vnd(c.expectedPriceVnd()), storefront.vnd(c.currentPriceVnd()))));
            return null;
        } catch (OutOfStockException e) {
            e.shortages().forEach(s -> message(storefront.text("checkout.outOfStock", s.name(), s.requested(), s.available())));
            return null;
        }
        cart.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().put(OrderConfirmation.FLASH_KEY, placed.order());
        return "/xac-nhan-don-hang.xhtml?faces-redirect=true";
    }

    private static void message(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<AdminUnitDirectory.Place> getProvinces() {
        return places.provincesWithCommunes();
    }

    /** The communes of the province sent with this request (the form's own choice), else the one chosen before. */
    public List<AdminUnitDirectory.Place> getCommunes() {
        String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(FORM + ":province");
        return places.communesOf(Optional.ofNullable(sent).orElse(provinceCode));
    }

    public List<PaymentMethod> getPaymentMethods() {
        return payments.methods();
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }
}
