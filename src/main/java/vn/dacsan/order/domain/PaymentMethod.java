package vn.dacsan.order.domain;

/** How the shopper pays: cash to the courier, or a bank transfer by VietQR before shipping. */
public enum PaymentMethod {
    COD, VIETQR;

    /** Cash on delivery is collected at the door, so the order itself never waits for a payment. */
    public PaymentState initialState() {
        return this == COD ? PaymentState.NOT_REQUIRED : PaymentState.UNPAID;
    }
}
