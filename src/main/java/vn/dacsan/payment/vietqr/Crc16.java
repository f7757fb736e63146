package vn.dacsan.payment.vietqr;

import java.nio.charset.StandardCharsets;

/**
 * The checksum EMVCo QR codes end with (data object 63): CRC-16/CCITT-FALSE, polynomial 0x1021,
 * initial value 0xFFFF, no reflection, no final XOR ("123456789" gives 0x29B1).
 */
public final class Crc16 {

    private static final int POLYNOMIAL = 0x1021;

    private Crc16() {
    }

    public static int ccittFalse(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }

    /** Four upper-case hex digits, as data object 63 carries them. */
    public static String ccittFalseHex(String ascii) {
        return String.format("%04X", ccittFalse(ascii.getBytes(StandardCharsets.US_ASCII)));
    }
}
