package vn.dacsan.platform.text;

/** Formats whole Vietnamese đồng the vi-VN way: "150.000 ₫" (no-break space before ₫). */
public final class Vnd {

    private Vnd() {
    }

    public static String format(long amount) {
        // a page shows dozens of prices: grouping by hand, not a new DecimalFormat for each
        String digits = Long.toString(amount);
        int start = amount < 0 ? 1 : 0;
        StringBuilder text = new StringBuilder(digits.length() + 8).append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                text.append('.');
            }
            text.append(digits.charAt(i));
        }
        return text.append("\u00a0₫").toString();
    }
}
