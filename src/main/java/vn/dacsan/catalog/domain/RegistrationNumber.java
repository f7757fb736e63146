package vn.dacsan.catalog.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a producer is identified to the state: its tax code (mã số thuế: 10 digits, or 13 for a
 * branch or dependent unit written as 10 digits, a hyphen and 3 digits), which is also the
 * enterprise and cooperative registration number. A household business may instead show the
 * number on its older household registration certificate: 2-digit province code, 1 letter for
 * the district, the type digit 8 and a 6-digit serial (Circular 20/2015/TT-BKHĐT), e.g. 56A8001234.
 */
public final class RegistrationNumber {

    public static final int MAX_LENGTH = 30;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern HOUSEHOLD = Pattern.compile("\\d{2}[A-Z]8\\d{6}");

    private RegistrationNumber() {
    }

    /** Without spaces and in capitals: "1300612487 - 001" and "1300612487-001" are one number. */
    public static String normalise(String typed) {
        return typed == null ? "" : WHITESPACE.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    public static boolean isTaxCode(String typed) {
        return TAX_CODE.matcher(normalise(typed)).matches();
    }

    public static boolean isWellFormed(String typed, ProducerKind kind) {
        String number = normalise(typed);
        return TAX_CODE.matcher(number).matches()
                || kind == ProducerKind.HOUSEHOLD && HOUSEHOLD.matcher(number).matches();
    }
}
