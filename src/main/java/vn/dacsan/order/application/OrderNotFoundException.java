package vn.dacsan.order.application;

/**
 * No order or sub-order there (HTTP 404). Tracking says the same for an unknown code and for a
 * wrong phone, so codes cannot be probed.
 */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String message) {
        super(message);
    }
}
