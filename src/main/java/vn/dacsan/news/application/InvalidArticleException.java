package vn.dacsan.news.application;

import java.util.List;
import vn.dacsan.listing.application.FieldError;

/** Input that breaks the article rules (HTTP 422; 409 when the only problem is a slug in use); nothing was changed. */
public class InvalidArticleException extends RuntimeException {

    public static final String SLUG_TAKEN = "slug-taken";

    private final List<FieldError> errors;

    public InvalidArticleException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid article" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean isConflict() {
        return !errors.isEmpty() && errors.stream().allMatch(e -> SLUG_TAKEN.equals(e.code()));
    }
}
