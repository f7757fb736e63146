package vn.dacsan.order.domain;

/** Whether a bank transfer has been seen by the producer or staff; cash on delivery needs none. */
public enum PaymentState {
    UNPAID, PAID, NOT_REQUIRED
}
