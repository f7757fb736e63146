package vn.dacsan.department.application;

/** No complaint with this id or private link (HTTP 404); a wrong link and a missing one read the same. */
public class UnknownFeedback extends RuntimeException {

    public UnknownFeedback() {
        super("No feedback at this address");
    }
}
