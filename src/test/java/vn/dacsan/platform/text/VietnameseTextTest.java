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

    /**
     * The product index strips combining marks only from query text (schema.xml): documents are
     * NFC, in which every Vietnamese letter, with any tone, is one precomposed character.
     */
    @Test
    void composesEveryVietnameseLetterWithEveryToneIntoOneCharacter() {
        String vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
        String tones = "\u0300\u0301\u0309\u0303\u0323";
        int letters = 0;
        for (char vowel : vowels.toCharArray()) {
            for (char tone : (" " + tones).toCharArray()) {
                String decomposed = Normalizer.normalize(tone == ' ' ? "" + vowel : "" + vowel + tone, Normalizer.Form.NFD);
                String composed = VietnameseText.nfc(decomposed);
                assertThat(composed).as("NFC of " + decomposed).hasSize(1).doesNotContainPattern("\\p{M}");
                letters++;
            }
        }
        assertThat(letters).isEqualTo(24 * 6);
        assertThat(VietnameseText.nfc("đĐ")).hasSize(2).doesNotContainPattern("\\p{M}");
    }

    @Test
    void makesUrlSlugs() {
        assertThat(VietnameseText.slug("Kẹo dừa sáp ca cao")).isEqualTo("keo-dua-sap-ca-cao");
        assertThat(VietnameseText.slug("  Đường thốt nốt (An Giang) ")).isEqualTo("duong-thot-not-an-giang");
    }
}
