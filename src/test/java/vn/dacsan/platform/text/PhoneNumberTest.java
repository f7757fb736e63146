package vn.dacsan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void mobileNumbersHaveTenDigitsWithACurrentNetworkPrefix() {
        assertThat(PhoneNumber.isMobile("0912345678")).isTrue();
        assertThat(PhoneNumber.isMobile("0912 345 678")).isTrue();
        assertThat(PhoneNumber.isMobile("091.234.5678")).isTrue();
        assertThat(PhoneNumber.isMobile("+84 912 345 678")).isTrue();
        assertThat(PhoneNumber.isMobile("0084912345678")).isTrue();
        assertThat(PhoneNumber.isMobile("0362 123 456")).isTrue();
        assertThat(PhoneNumber.isMobile("0707 123 456")).isTrue();
        assertThat(PhoneNumber.isMobile("0587 123 456")).isTrue();

        assertThat(PhoneNumber.isMobile("091234567")).as("9 digits").isFalse();
        assertThat(PhoneNumber.isMobile("09123456789")).as("11 digits").isFalse();
        assertThat(PhoneNumber.isMobile("01234567890")).as("old 11-digit 012 numbers were renumbered in 2018").isFalse();
        assertThat(PhoneNumber.isMobile("0312345678")).as("031 is not a mobile prefix").isFalse();
        assertThat(PhoneNumber.isMobile("912345678")).as("no leading 0").isFalse();
        assertThat(PhoneNumber.isMobile("0912-345-67a")).isFalse();
    }

    @Test
    void fixedLinesHaveElevenDigitsStartingWith02() {
        assertThat(PhoneNumber.isValid("0275 3822 365")).isTrue();
        assertThat(PhoneNumber.isValid("(0275) 3822365")).isTrue();
        assertThat(PhoneNumber.isValid("+84 275 3822 365")).isTrue();
        assertThat(PhoneNumber.isMobile("0275 3822 365")).isFalse();
        assertThat(PhoneNumber.isValid("0275 382 236")).as("10 digits starting 02").isFalse();
        assertThat(PhoneNumber.isValid("")).isFalse();
        assertThat(PhoneNumber.isValid(null)).isFalse();
    }

    @Test
    void normalisedToDigitsWithTheDomesticLeadingZero() {
        assertThat(PhoneNumber.normalise(" +84 (912) 345-678 ")).isEqualTo("0912345678");
        assertThat(PhoneNumber.normalise("0275.3822.365")).isEqualTo("02753822365");
    }
}
