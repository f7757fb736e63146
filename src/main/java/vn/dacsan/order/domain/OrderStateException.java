package vn.dacsan.order.domain;

/** A step the order's current state does not allow (HTTP 409); nothing was changed. */
public class OrderStateException extends RuntimeException {

    private final String code;

    public OrderStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable word for programs and message keys, such as {@code already-shipped}. */
    public String code() {
        return code;
    }
}
