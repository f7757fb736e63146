package vn.dacsan.department.domain;

/** A step a complaint in its present state does not allow (replying to a closed one, say): HTTP 409. */
public class FeedbackStateException extends RuntimeException {

    public FeedbackStateException(String message) {
        super(message);
    }
}
