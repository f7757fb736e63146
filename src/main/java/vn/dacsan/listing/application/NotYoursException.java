package vn.dacsan.listing.application;

/** A business asked for another business's listing (HTTP 403); nothing about it is told. */
public class NotYoursException extends RuntimeException {

    public NotYoursException() {
        super("This listing belongs to another business");
    }
}
