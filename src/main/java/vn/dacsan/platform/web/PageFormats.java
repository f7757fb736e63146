package vn.dacsan.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page texts that take arguments, parsed once per language and key instead of on every use
 * (a search page formats a few of them on each request), and formatted in the page's language:
 * {@code MessageFormat.format} used the server's locale, which grouped a Vietnamese count as
 * "14,721" instead of "14.721".
 */
final class PageFormats {

    private static final String BUNDLE = "i18n.messages";
    private static final Map<Locale, Map<String, MessageFormat>> PARSED = new ConcurrentHashMap<>();

    private PageFormats() {
    }

    /** Throws {@link java.util.MissingResourceException} for an unknown key. */
    static String format(Locale locale, String key, Object... args) {
        MessageFormat parsed = PARSED.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(k), locale));
        // a MessageFormat is not safe for concurrent use: each call formats with its own copy
        return ((MessageFormat) parsed.clone()).format(args);
    }
}
