package vn.dacsan.department.domain;

/** Where a complaint stands: received, taken by someone, answered, or closed without more to do. */
public enum FeedbackStatus {
    NEW, IN_PROGRESS, ANSWERED, CLOSED;

    /** Still waiting for the department: counts against the deadline. */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS;
    }
}
