package vn.dacsan.notification.application;

/** An email that did not go out; permanent when trying again cannot help (a malformed or refused address). */
public class MailDeliveryException extends Exception {

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
