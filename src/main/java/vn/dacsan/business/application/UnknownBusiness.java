package vn.dacsan.business.application;

/** No producer has this id. */
public class UnknownBusiness extends RuntimeException {

    public UnknownBusiness(long producerId) {
        super("No business " + producerId);
    }
}
