package vn.dacsan.payment.domain;

/** Where an order stands on money collected before delivery. */
public enum PaymentStatus {
    /** Nothing to collect before delivery (cash on delivery). */
    NOT_REQUIRED,
    /** The order waits for a transfer. */
    UNPAID,
    /** The producer or staff saw the money arrive and marked it. */
    PAID
}
