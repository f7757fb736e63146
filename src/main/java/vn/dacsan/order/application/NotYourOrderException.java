package vn.dacsan.order.application;

/** A business asked for another producer's sub-order, or a shopper for another's order (HTTP 403). */
public class NotYourOrderException extends RuntimeException {

    public NotYourOrderException() {
        super("This order belongs to someone else");
    }
}
