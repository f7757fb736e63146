package vn.dacsan.listing.application;

/** No listing or submission with that id (HTTP 404). */
public class ListingNotFoundException extends RuntimeException {

    public ListingNotFoundException(String message) {
        super(message);
    }
}
