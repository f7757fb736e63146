package vn.dacsan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class PageFormatsTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void groupsNumbersThePagesWayWhateverTheServersLocale() {
        Locale server = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertThat(PageFormats.format(VIETNAMESE, "search.count", 14721L)).isEqualTo("14.721 sản phẩm");
            assertThat(PageFormats.format(Locale.ENGLISH, "search.count", 14721L)).isEqualTo("14,721 products");
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertThat(PageFormats.format(Locale.ENGLISH, "search.count", 1234567L)).isEqualTo("1,234,567 products");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, server);
        }
    }

    @Test
    void keepsTheChoicesAndTextArguments() {
        assertThat(PageFormats.format(VIETNAMESE, "search.count", 0L)).isEqualTo("Không có sản phẩm nào");
        assertThat(PageFormats.format(VIETNAMESE, "search.count", 1L)).isEqualTo("1 sản phẩm");
        assertThat(PageFormats.format(VIETNAMESE, "search.titleFor", "kẹo dừa")).isEqualTo("Kết quả cho “kẹo dừa”");
        assertThat(PageFormats.format(Locale.ENGLISH, "search.titleFor", "keo dua")).isEqualTo("Results for “keo dua”");
    }

    @Test
    void anUnknownKeyIsRefusedAndNotRemembered() {
        assertThatThrownBy(() -> PageFormats.format(VIETNAMESE, "no.such.key", 1))
                .isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> PageFormats.format(VIETNAMESE, "no.such.key", 1))
                .isInstanceOf(MissingResourceException.class);
    }
}
