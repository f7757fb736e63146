package vn.dacsan.platform.text;

import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as people type them ("0912 345 678", "+84 912.345.678",
 * "(0275) 3822 365"): a mobile number has 10 digits after the leading 0 with a network prefix
 * in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x); a fixed line has 11 digits,
 * 02 followed by the area code.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern MOBILE = Pattern.compile("0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\\d)\\d{7}");
    private static final Pattern FIXED_LINE = Pattern.compile("02\\d{9}");

    private PhoneNumber() {
    }

    /** Digits only, with the +84 / 0084 country prefix turned into the domestic leading 0. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            return "0" + digits.substring(3);
        }
        if (digits.startsWith("0084")) {
            return "0" + digits.substring(4);
        }
        return digits;
    }

    public static boolean isMobile(String typed) {
        return MOBILE.matcher(normalise(typed)).matches();
    }

    public static boolean isValid(String typed) {
        String number = normalise(typed);
        return MOBILE.matcher(number).matches() || FIXED_LINE.matcher(number).matches();
    }
}
