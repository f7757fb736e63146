package vn.dacsan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsIncludingDStroke() {
        assertThat(VietnameseText.fold("Kẹo dừa Đặc Biệt")).isEqualTo("keo dua dac biet");
        assertThat(VietnameseText.fold("ĐƯỜNG THỐT NỐT")).isEqualTo("duong thot not");
    }

    @Test
    void unaccentsKeepingCase() {
        assertThat(VietnameseText.unaccent("Đơn hàng DS-2026-000123")).isEqualTo("Don hang DS-2026-000123");
        assertThat(VietnameseText.unaccent(Normalizer.normalize("ỦNG HỘ", Normalizer.Form.NFD))).isEqualTo("UNG HO");
    }

    @Test
    void foldsDecomposedInputLikeComposed() {
        String nfd = Normalizer.normalize("bưởi da xanh", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(nfd)).isEqualTo("buoi da xanh");
        assertThat(VietnameseText.nfc(nfd)).isEqualTo("bưởi da xanh");
    }

    @Test
    void makesUrlSlugs() {
        assertThat(VietnameseText.slug("Kẹo dừa sáp ca cao")).isEqualTo("keo-dua-sap-ca-cao");
        assertThat(VietnameseText.slug("  Đường thốt nốt (An Giang) ")).isEqualTo("duong-thot-not-an-giang");
    }
}
