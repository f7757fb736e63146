package vn.dacsan.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dacsan.payment.domain.ReceivingAccount;

class VietQrPayloadTest {

    private static final ReceivingAccount DEMO = new ReceivingAccount("970436", "Vietcombank", "0011000000000", "TAI KHOAN DEMO");

    @Test
    void encodesASampleOrder() {
        // expected text written field by field, its checksum computed apart (Python binascii.crc_hqx(..., 0xFFFF))
        assertThat(VietQrPayload.encode(DEMO, 185_000, "DS-2026-000123")).isEqualTo(
                "000201" + "010212"
                        + "3857" + "0010A000000727" + "0127" + "0006970436" + "01130011000000000" + "0208QRIBFTTA"
                        + "5303704" + "5406185000" + "5802VN"
                        + "6218" + "0814DS-2026-000123"
                        + "6304347B");
    }

    @Test
    void reproducesAPublishedVietQrCode() {
        // printed by an open-source generator (subiz/vietqr) for 120.000 ₫ to VietinBank 0011001932418, "ủng hộ lũ lụt"
        ReceivingAccount vietinbank = new ReceivingAccount("970415", "VietinBank", "0011001932418", "NGUYEN VAN A");
        assertThat(VietQrPayload.encode(vietinbank, 120_000, "ủng hộ lũ lụt")).isEqualTo(
                "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                        + "530370454061200005802VN62170813ung ho lu lut6304C15C");
    }

    @Test
    void reproducesAPublishedCodeAtTheLongestAccountAndNote() {
        // the same project's second example: a 19-character account and a 25-character note, both limits
        ReceivingAccount mbBank = new ReceivingAccount("970422", "MB", "0023457923442ASDFLJ", "NGUYEN VAN A");
        assertThat(VietQrPayload.encode(mbBank, 40_123, "chuyen khoan alsdkf laksj")).isEqualTo(
                "00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA"
                        + "53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB");
    }

    @Test
    void dataObjectsAreInOrderWithTheirLengthsAndTheChecksumCoversAllBeforeIt() {
        String payload = VietQrPayload.encode(DEMO, 65_000, "Don DS-2026-000007");
        Map<String, String> root = parse(payload);
        assertThat(root).contains(Map.entry("00", "01"), Map.entry("01", "12"), Map.entry("53", "704"), Map.entry("54", "65000"),
                Map.entry("58", "VN"));
        assertThat(root.keySet()).containsExactly("00", "01", "38", "53", "54", "58", "62", "63");
        Map<String, String> merchant = parse(root.get("38"));
        assertThat(merchant).containsExactly(Map.entry("00", "A000000727"), Map.entry("01", "0006970436" + "0113" + "0011000000000"),
                Map.entry("02", "QRIBFTTA"));
        assertThat(parse(merchant.get("01"))).containsExactly(Map.entry("00", "970436"), Map.entry("01", "0011000000000"));
        assertThat(parse(root.get("62"))).containsExactly(Map.entry("08", "Don DS-2026-000007"));
        assertThat(root.get("63")).isEqualTo(Crc16.ccittFalseHex(payload.substring(0, payload.length() - 4)));
    }

    @Test
    void amountIsWholeDongWithoutSeparatorsOrDecimals() {
        assertThat(parse(VietQrPayload.encode(DEMO, 1, "DS-1")).get("54")).isEqualTo("1");
        assertThat(parse(VietQrPayload.encode(DEMO, 1_250_000, "DS-1")).get("54")).isEqualTo("1250000");
        assertThat(parse(VietQrPayload.encode(DEMO, VietQrPayload.MAX_AMOUNT_VND, "DS-1")).get("54")).isEqualTo("9999999999999");
    }

    @Test
    void refusesAnAmountThatIsNotAPositiveWholeSum() {
        assertThatThrownBy(() -> VietQrPayload.encode(DEMO, 0, "DS-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Amount must be from 1 to 9999999999999 đồng, not 0");
        assertThatThrownBy(() -> VietQrPayload.encode(DEMO, -150_000, "DS-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not -150000");
        assertThatThrownBy(() -> VietQrPayload.encode(DEMO, VietQrPayload.MAX_AMOUNT_VND + 1, "DS-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 10000000000000");
    }

    @Test
    void noteLosesDiacriticsAndPunctuationButKeepsCaseAndTheOrderCode() {
        assertThat(VietQrPayload.transferNote("Đơn hàng DS-2026-000123")).isEqualTo("Don hang DS-2026-000123");
        assertThat(VietQrPayload.transferNote("  Trả   tiền #DS-2026-000123!  ")).isEqualTo("Tra tien DS-2026-000123");
        assertThat(VietQrPayload.transferNote("ĐẶC SẢN")).isEqualTo("DAC SAN");
        assertThat(VietQrPayload.encode(DEMO, 50_000, "Kẹo dừa Bến Tre")).contains("62190815Keo dua Ben Tre6304");
    }

    @Test
    void refusesANoteThatIsMissingOrTooLongRatherThanCuttingTheOrderCode() {
        assertThatThrownBy(() -> VietQrPayload.transferNote("Thanh toán đơn DS-2026-000123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Transfer note 'Thanh toan don DS-2026-000123' is 29 characters; VietQR allows at most 25");
        assertThat(VietQrPayload.transferNote("x".repeat(25))).hasSize(25);
        assertThatThrownBy(() -> VietQrPayload.transferNote(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Transfer note is missing");
        assertThatThrownBy(() -> VietQrPayload.transferNote("!!!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no letters or digits");
        assertThatThrownBy(() -> VietQrPayload.encode(DEMO, 1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingAccount() {
        assertThatThrownBy(() -> VietQrPayload.encode(null, 1, "DS-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Receiving account is missing");
    }

    /** Reads EMV data objects back, independently of the writer. */
    static Map<String, String> parse(String objects) {
        Map<String, String> parsed = new LinkedHashMap<>();
        int at = 0;
        while (at < objects.length()) {
            String id = objects.substring(at, at + 2);
            int length = Integer.parseInt(objects.substring(at + 2, at + 4));
            parsed.put(id, objects.substring(at + 4, at + 4 + length));
            at += 4 + length;
        }
        return parsed;
    }
}
