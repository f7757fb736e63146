package vn.dacsan.search.application;

/** A search parameter a shopper or client sent that we cannot honour; says which and why. */
public class InvalidSearchRequestException extends RuntimeException {

    private final String parameter;

    public InvalidSearchRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
