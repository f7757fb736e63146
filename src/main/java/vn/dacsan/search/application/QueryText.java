package vn.dacsan.search.application;

import java.util.Locale;

/**
 * Turns shopper text into literal query text for edismax: query syntax characters are
 * escaped and operators lower-cased (lowercaseOperators=false), so "*:*" or "{!join …}"
 * are searched as words, never executed.
 */
final class QueryText {

    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    private QueryText() {
    }

    static String literal(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder escaped = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
