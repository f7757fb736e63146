package vn.dacsan.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.dacsan.payment.domain.ReceivingAccount;

class VietQrImageTest {

    private static final String PAYLOAD = VietQrPayload.encode(
            new ReceivingAccount("970436", "Vietcombank", "0011000000000", "TAI KHOAN DEMO"), 185_000, "DS-2026-000123");

    @Test
    void aScannerReadsThePayloadBackFromThePng() throws Exception {
        byte[] png = VietQrImage.png(PAYLOAD, 300);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        Result read = QrScanner.read(image);
        assertThat(read.getText()).isEqualTo(PAYLOAD);
        assertThat(read.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
        assertThat(read.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
    }

    @Test
    void leavesAWhiteQuietZoneAroundTheCode() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(VietQrImage.png(PAYLOAD, 300)));
        // a payload this long fits a 41- to 45-module code: at 300 px a module is 5 or 6 px, so 4 modules of margin exceed 20 px
        for (int i = 0; i < 300; i++) {
            assertThat(image.getRGB(i, 20) & 0xFFFFFF).as("row 20, x=%d", i).isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(20, i) & 0xFFFFFF).as("column 20, y=%d", i).isEqualTo(0xFFFFFF);
        }
    }

    @Test
    void dataUriCarriesTheSamePng() {
        String uri = VietQrImage.dataUri(PAYLOAD, 300);
        assertThat(uri).startsWith("data:image/png;base64,");
        assertThat(Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length())))
                .isEqualTo(VietQrImage.png(PAYLOAD, 300));
    }

    @Test
    void refusesAMissingPayloadOrAnUnreasonableSize() {
        assertThatThrownBy(() -> VietQrImage.png("", 300))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("QR payload is missing");
        assertThatThrownBy(() -> VietQrImage.png(PAYLOAD, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("QR image size must be 100 to 2000 pixels, not 20");
        assertThatThrownBy(() -> VietQrImage.png(PAYLOAD, 20_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
