package vn.dacsan.payment.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What an order asks a provider to collect: the order code (it goes into the transfer note, so a
 * transfer can be matched to its order), the amount in whole đồng, and the account to pay into
 * when it is not the platform's (a producer's own account, for the sub-order of that producer).
 */
public record PaymentRequest(String orderCode, long amountVnd, Optional<ReceivingAccount> receivingAccount) {

    public PaymentRequest {
        if (orderCode == null || orderCode.isBlank()) {
            throw new IllegalArgumentException("Order code is missing");
        }
        orderCode = orderCode.strip();
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("Amount must be a positive number of đồng, not " + amountVnd);
        }
        Objects.requireNonNull(receivingAccount, "receivingAccount: use Optional.empty() for the platform's account");
    }

    /** Paid to the platform's configured account (or, for cash on delivery, to the courier). */
    public static PaymentRequest toPlatform(String orderCode, long amountVnd) {
        return new PaymentRequest(orderCode, amountVnd, Optional.empty());
    }

    public static PaymentRequest toAccount(String orderCode, long amountVnd, ReceivingAccount account) {
        return new PaymentRequest(orderCode, amountVnd, Optional.of(Objects.requireNonNull(account, "account")));
    }
}
