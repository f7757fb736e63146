package vn.dacsan.department.application;

import java.util.List;
import vn.dacsan.listing.application.FieldError;

/** Input the department's rules refuse (HTTP 422), each field with its message; nothing was written. */
public class InvalidDepartmentInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidDepartmentInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
