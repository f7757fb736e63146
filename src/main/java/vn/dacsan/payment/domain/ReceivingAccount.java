package vn.dacsan.payment.domain;

import java.util.regex.Pattern;
import vn.dacsan.platform.text.VietnameseText;

/**
 * The bank account a shopper transfers to: the platform's (configured) today, a producer's own
 * later. The BIN is the bank's 6-digit NAPAS identification number (970436 is Vietcombank); the
 * account number is at most 19 letters or digits, the limit of the VietQR consumer-account field.
 */
public record ReceivingAccount(String bankBin, String bankName, String accountNumber, String accountName) {

    public static final int MAX_ACCOUNT_NUMBER_LENGTH = 19;
    private static final Pattern BIN = Pattern.compile("\\d{6}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z0-9]{1," + MAX_ACCOUNT_NUMBER_LENGTH + "}");

    public ReceivingAccount {
        bankBin = required(bankBin, "Bank BIN");
        if (!BIN.matcher(bankBin).matches()) {
            throw new IllegalArgumentException("Bank BIN must be the bank's 6-digit NAPAS number (e.g. 970436), not '" + bankBin + "'");
        }
        bankName = VietnameseText.nfc(required(bankName, "Bank name"));
        accountNumber = required(accountNumber, "Account number");
        if (!ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            throw new IllegalArgumentException("Account number must be 1 to " + MAX_ACCOUNT_NUMBER_LENGTH
                    + " letters or digits without spaces, not '" + accountNumber + "' (" + accountNumber.length() + " characters)");
        }
        accountName = VietnameseText.nfc(required(accountName, "Account name"));
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value.strip();
    }
}
