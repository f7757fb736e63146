package vn.dacsan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.dacsan.media.UploadRejectedException.Reason;

class UploadMessagesTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void everyRefusalHasAVietnameseAndAnEnglishMessage() {
        ResourceBundle vi = ResourceBundle.getBundle("i18n.messages", VIETNAMESE);
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        ResourceBundle fallback = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
        for (Reason reason : Reason.values()) {
            String key = "upload.rejected." + reason;
            assertThat(vi.getString(key)).as(key).contains("{0}").isNotEqualTo(en.getString(key));
            assertThat(en.getString(key)).as(key).contains("{0}");
            assertThat(fallback.getString(key)).as("the default bundle is Vietnamese").isEqualTo(vi.getString(key));
        }
        for (String key : new String[] {"upload.unnamed", "upload.tooLargeForServer", "upload.tooLargeForServer.title", "upload.back"}) {
            assertThat(vi.getString(key)).as(key).isNotEqualTo(en.getString(key)).isEqualTo(fallback.getString(key));
        }
        for (UploadPurpose purpose : UploadPurpose.values()) {
            assertThat(vi.getString("upload.hint." + purpose)).isNotEqualTo(en.getString("upload.hint." + purpose));
        }
    }

    @Test
    void refusalsAnswerTheApiWithAMatchingStatus() {
        assertThat(UploadRejectedMapper.status(Reason.TOO_LARGE)).isEqualTo(413);
        assertThat(UploadRejectedMapper.status(Reason.UNSUPPORTED_TYPE)).isEqualTo(415);
        assertThat(UploadRejectedMapper.status(Reason.UNREADABLE_IMAGE)).isEqualTo(422);
        assertThat(UploadRejectedMapper.status(Reason.TOO_MANY_PIXELS)).isEqualTo(422);
        assertThat(UploadRejectedMapper.status(Reason.EMPTY)).isEqualTo(400);
    }
}
