package vn.dacsan.platform.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Formats whole Vietnamese đồng the vi-VN way: "150.000 ₫" (no-break space before ₫). */
public final class Vnd {

    private Vnd() {
    }

    public static String format(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat grouping = new DecimalFormat("#,##0", symbols);
        return grouping.format(amount) + "\u00a0₫";
    }
}
