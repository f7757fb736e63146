package vn.dacsan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadFormatTest {

    @Test
    void recognisesFilesByTheirFirstBytes() {
        assertThat(UploadFormat.recognise(TestFiles.jpeg(8, 8))).contains(UploadFormat.JPEG);
        assertThat(UploadFormat.recognise(TestFiles.png(8, 8, false))).contains(UploadFormat.PNG);
        assertThat(UploadFormat.recognise(TestFiles.webp("photo-640x480.webp"))).contains(UploadFormat.WEBP);
        assertThat(UploadFormat.recognise(TestFiles.pdf())).contains(UploadFormat.PDF);
    }

    @Test
    void recognisesNothingElse() {
        assertThat(UploadFormat.recognise(TestFiles.executable())).isEmpty();
        assertThat(UploadFormat.recognise(TestFiles.webPage())).isEmpty();
        assertThat(UploadFormat.recognise(new byte[0])).isEmpty();
        assertThat(UploadFormat.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        // a RIFF file that is not WebP: a WAV recording
        assertThat(UploadFormat.recognise("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(UploadFormat.recognise("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(UploadFormat.recognise("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void eachPurposeSaysWhatItAccepts() {
        assertThat(UploadPurpose.PRODUCT_IMAGE.acceptedFormats()).isEqualTo("JPEG, PNG, WebP");
        assertThat(UploadPurpose.PRODUCT_IMAGE.accepts(UploadFormat.PDF)).isFalse();
        assertThat(UploadPurpose.CERTIFICATE_SCAN.acceptedFormats()).isEqualTo("PDF, JPEG, PNG, WebP");
        assertThat(UploadPurpose.CERTIFICATE_SCAN.accepts(UploadFormat.WEBP)).isTrue();
    }
}
