package vn.dacsan.payment.domain;

/**
 * One way of paying. A gateway (VNPay, MoMo) becomes another implementation with its own method;
 * {@code PaymentProviders} finds every implementation that is a CDI bean.
 */
public interface PaymentProvider {

    PaymentMethod method();

    /** NOT_REQUIRED when nothing is collected before delivery; UNPAID when the order waits for the money. */
    PaymentStatus initialStatus();

    /** What the shopper is told to do; refuses (IllegalArgumentException) what this method cannot collect. */
    PaymentInstructions instructions(PaymentRequest request);
}
