package vn.dacsan.payment.domain;

/**
 * What the order confirmation shows the shopper about paying. The sentence is the bundle entry
 * {@link #messageKey()}, with {0} the amount and, for a transfer, {1} the transfer note.
 */
public sealed interface PaymentInstructions {

    PaymentMethod method();

    long amountVnd();

    default String messageKey() {
        return "payment.instructions." + method().name();
    }

    /** Pay the courier in cash. */
    record CashOnDelivery(long amountVnd) implements PaymentInstructions {

        @Override
        public PaymentMethod method() {
            return PaymentMethod.COD;
        }
    }

    /**
     * Transfer {@code amountVnd} to {@code account} with {@code transferNote}; {@code qrPayload} is
     * the VietQR text that a banking app scans to fill all of that in.
     */
    record BankTransfer(ReceivingAccount account, long amountVnd, String transferNote, String qrPayload)
            implements PaymentInstructions {

        @Override
        public PaymentMethod method() {
            return PaymentMethod.VIETQR;
        }
    }
}
