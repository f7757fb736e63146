package vn.dacsan.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text handling shared by the catalogue and search: NFC normalisation (text typed
 * on some keyboards arrives decomposed) and folding to plain ASCII, which, unlike
 * NFD + strip-marks alone, also folds đ/Đ.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+)|(-+$)");

    private VietnameseText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** "Kẹo Dừa Đặc Biệt" → "keo dua dac biet". */
    public static String fold(String text) {
        return unaccent(text).toLowerCase(Locale.ROOT);
    }

    /** "Đơn hàng DS-2026-000123" → "Don hang DS-2026-000123": diacritics and đ/Đ gone, case kept. */
    public static String unaccent(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }

    /** "Kẹo dừa sáp ca cao" → "keo-dua-sap-ca-cao". */
    public static String slug(String text) {
        String hyphenated = NON_SLUG.matcher(fold(text)).replaceAll("-");
        return EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
    }
}
