package vn.dacsan.payment.vietqr;

import java.util.regex.Pattern;
import vn.dacsan.payment.domain.ReceivingAccount;
import vn.dacsan.platform.text.VietnameseText;

/**
 * The text inside a VietQR bank-transfer code: the NAPAS profile of the EMVCo merchant-presented QR
 * (NAPAS 247 "QRIBFTTA", transfer to an account). Every banking app in Vietnam reads it and fills in
 * the bank, account, amount and note. The code is dynamic (point of initiation 12): it carries the
 * amount of one order.
 *
 * <p>The transfer note is folded to ASCII (the format allows only that, and banks drop diacritics
 * anyway), keeps letters, digits, spaces and hyphens, and may be at most 25 characters: the length
 * EMVCo allows for "purpose of transaction" (62/08) and many banks keep. A longer note is refused
 * rather than cut, so the order code in it is never lost.
 */
public final class VietQrPayload {

    static final String NAPAS_GUID = "A000000727";
    static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";
    static final String VIETNAMESE_DONG = "704";
    static final String VIETNAM = "VN";
    public static final int MAX_NOTE_LENGTH = 25;
    /** The EMVCo amount field holds at most 13 characters. */
    public static final long MAX_AMOUNT_VND = 9_999_999_999_999L;

    private static final Pattern NOT_NOTE = Pattern.compile("[^A-Za-z0-9 \\-]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private VietQrPayload() {
    }

    /** "Đơn DS-2026-000123!" → "Don DS-2026-000123"; refused when nothing or more than 25 characters remain. */
    public static String transferNote(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Transfer note is missing");
        }
        String ascii = NOT_NOTE.matcher(VietnameseText.unaccent(text)).replaceAll(" ");
        String note = SPACES.matcher(ascii).replaceAll(" ").strip();
        if (note.isEmpty()) {
            throw new IllegalArgumentException("Transfer note '" + text + "' has no letters or digits");
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("Transfer note '" + note + "' is " + note.length()
                    + " characters; VietQR allows at most " + MAX_NOTE_LENGTH);
        }
        return note;
    }

    public static String encode(ReceivingAccount account, long amountVnd, String transferNote) {
        if (account == null) {
            throw new IllegalArgumentException("Receiving account is missing");
        }
        if (amountVnd <= 0 || amountVnd > MAX_AMOUNT_VND) {
            throw new IllegalArgumentException("Amount must be from 1 to " + MAX_AMOUNT_VND + " đồng, not " + amountVnd);
        }
        String beneficiary = EmvTlv.template("01",
                EmvTlv.field("00", account.bankBin()),
                EmvTlv.field("01", account.accountNumber()));
        String withoutCrc = EmvTlv.field("00", "01")
                + EmvTlv.field("01", "12")
                + EmvTlv.template("38",
                        EmvTlv.field("00", NAPAS_GUID),
                        beneficiary,
                        EmvTlv.field("02", TRANSFER_TO_ACCOUNT))
                + EmvTlv.field("53", VIETNAMESE_DONG)
                + EmvTlv.field("54", Long.toString(amountVnd))
                + EmvTlv.field("58", VIETNAM)
                + EmvTlv.template("62", EmvTlv.field("08", transferNote(transferNote)))
                + "6304";
        return withoutCrc + Crc16.ccittFalseHex(withoutCrc);
    }
}
