package vn.dacsan.order.application;

/**
 * An idempotency key already used for a different checkout (HTTP 422): the first order stands
 * and nothing new is written. A page makes a new key for a new checkout.
 */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("This Idempotency-Key was already used for a different order; use a new key for a new order");
    }
}
