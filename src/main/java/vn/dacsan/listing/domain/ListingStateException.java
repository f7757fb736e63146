package vn.dacsan.listing.domain;

/** A step that the listing's or revision's current state does not allow (HTTP 409). */
public class ListingStateException extends RuntimeException {

    private final String code;

    public ListingStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable word for programs and message keys, such as {@code revision-approved}. */
    public String code() {
        return code;
    }
}
