package vn.dacsan.payment.vietqr;

import java.util.regex.Pattern;

/**
 * EMVCo QR data objects: a two-digit id, the value's length as two decimal digits, then the value
 * (1 to 99 printable ASCII characters). A template is a data object whose value is other data objects.
 */
public final class EmvTlv {

    public static final int MAX_VALUE_LENGTH = 99;
    private static final Pattern ID = Pattern.compile("\\d{2}");

    private EmvTlv() {
    }

    public static String field(String id, String value) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("EMV data object id must be two digits, not '" + id + "'");
        }
        if (value == null || value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("EMV data object " + id + " must hold 1 to " + MAX_VALUE_LENGTH
                    + " characters, not " + (value == null ? 0 : value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("EMV data object " + id + " may hold printable ASCII only, not '" + c
                        + "' (U+" + String.format("%04X", (int) c) + ") at position " + (i + 1));
            }
        }
        return id + (value.length() < 10 ? "0" : "") + value.length() + value;
    }

    public static String template(String id, String... fields) {
        return field(id, String.join("", fields));
    }
}
