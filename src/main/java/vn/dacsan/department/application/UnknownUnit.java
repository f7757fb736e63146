package vn.dacsan.department.application;

/** No department unit with this id or address (HTTP 404). */
public class UnknownUnit extends RuntimeException {

    public UnknownUnit() {
        super("No department unit here");
    }
}
