package vn.dacsan.payment.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a shopper pays at checkout. Each method has one {@link PaymentProvider}. */
public enum PaymentMethod {
    /** Cash on delivery: the shopper pays the courier. */
    COD,
    /** Bank transfer (NAPAS 247) to the account in a VietQR code, with the order code in the note. */
    VIETQR;

    /** The method a form or an API body names ("COD", "vietqr"); anything else is refused with the accepted names. */
    public static PaymentMethod parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Payment method is missing; expected one of " + names());
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(method -> method.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown payment method '" + code.strip() + "'; expected one of " + names()));
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
