package vn.dacsan.business.application;

import java.util.List;
import java.util.stream.Collectors;

/** The input was refused, every problem listed per field; nothing was written. */
public class InvalidBusinessInput extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidBusinessInput(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.code()).collect(Collectors.joining(", ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** True when the only problems are clashes with existing registrations (same tax code, same email). */
    public boolean isConflict() {
        return errors.stream().allMatch(FieldError::isConflict);
    }
}
