package vn.dacsan.order.application;

import java.util.List;
import vn.dacsan.listing.application.FieldError;

/** Checkout input that breaks the rules (HTTP 422), every invalid field named; nothing was written. */
public class InvalidOrderException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidOrderException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid order" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
