package vn.dacsan.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16Test {

    @Test
    void matchesTheCatalogueCheckValueOfCrc16CcittFalse() {
        assertThat(Crc16.ccittFalse("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
        assertThat(Crc16.ccittFalseHex("123456789")).isEqualTo("29B1");
    }

    @Test
    void emptyInputKeepsTheInitialValue() {
        assertThat(Crc16.ccittFalse(new byte[0])).isEqualTo(0xFFFF);
    }

    @Test
    void writesFourUpperCaseHexDigitsWithLeadingZeros() {
        assertThat(Crc16.ccittFalseHex("A")).isEqualTo("B915");
        assertThat(Crc16.ccittFalseHex("HM")).isEqualTo("0003");
    }

    @Test
    void agreesWithAPublishedVietQrCode() {
        // the example printed by an open-source VietQR generator (subiz/vietqr), checksum C15C
        String published = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                + "530370454061200005802VN62170813ung ho lu lut6304C15C";
        String withoutChecksum = published.substring(0, published.length() - 4);
        assertThat(Crc16.ccittFalseHex(withoutChecksum)).isEqualTo("C15C");
    }
}
