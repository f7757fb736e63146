package vn.dacsan.notification.domain;

/** Where a notification's email copy is: none wanted, waiting to be sent, sent, or given up. */
public enum EmailState {
    NONE, PENDING, SENT, FAILED
}
