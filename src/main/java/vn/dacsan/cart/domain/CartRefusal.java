package vn.dacsan.cart.domain;

/** A cart change that was refused; the cart is left as it was. */
public class CartRefusal extends RuntimeException {

    /** Why; each has a message "cart.refused.REASON" in the bundles. */
    public enum Reason {
        QUANTITY_OUT_OF_RANGE, NOT_AVAILABLE, OUT_OF_STOCK, TOO_MANY_LINES, NOT_IN_CART
    }

    private final Reason reason;
    private final long productId;

    public CartRefusal(Reason reason, long productId) {
        super(reason + " (product " + productId + ")");
        this.reason = reason;
        this.productId = productId;
    }

    public Reason reason() {
        return reason;
    }

    public long productId() {
        return productId;
    }

    public String messageKey() {
        return "cart.refused." + reason.name();
    }
}
