package vn.dacsan.listing.application;

import java.util.List;

/** Input that breaks the listing rules (HTTP 422); nothing was changed. */
public class InvalidListingException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidListingException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid listing" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
