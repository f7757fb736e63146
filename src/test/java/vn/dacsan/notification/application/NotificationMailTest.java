package vn.dacsan.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dacsan.notification.domain.Notice;

/** How a notification becomes an email: text, absolute links, and MIME headers in UTF-8. */
class NotificationMailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private final NotificationMail mail = new NotificationMail(Optional.of("https://dacsan.example.vn"), "Đặc sản OCOP");
    private final Notice rejected = new Notice(Notice.LISTING_REJECTED, "Sản phẩm “Kẹo dừa lá dứa” chưa được duyệt",
            "Lý do: thiếu ảnh nhãn sản phẩm.\r\nVui lòng bổ sung và gửi lại.", "/ban-hang/san-pham/42");

    @Test
    void theTextCarriesTheBodyTheAbsoluteLinkAndWhereAllNotificationsAre() {
        MailMessage message = mail.compose("an@example.vn", rejected);
        assertThat(message.to()).isEqualTo("an@example.vn");
        assertThat(message.subject()).isEqualTo("Sản phẩm “Kẹo dừa lá dứa” chưa được duyệt");
        assertThat(message.text())
                .startsWith("Lý do: thiếu ảnh nhãn sản phẩm.\nVui lòng bổ sung và gửi lại.\n\n")
                .contains("Xem chi tiết:\nhttps://dacsan.example.vn/ban-hang/san-pham/42\n")
                .contains("\n-- \n")
                .contains("Đặc sản OCOP")
                .endsWith("https://dacsan.example.vn/thong-bao")
                .doesNotContain("\r");
    }

    @Test
    void withoutALinkOrABodyThereIsNoEmptyLine() {
        MailMessage message = mail.compose("an@example.vn", Notice.of("WELCOME", "Chào mừng", ""));
        assertThat(message.text()).startsWith("-- \n").doesNotContain("Xem chi tiết");
    }

    @Test
    void withoutTheSiteAddressLinksStayPaths() {
        NotificationMail unknownSite = new NotificationMail(Optional.empty(), "Đặc sản OCOP");
        assertThat(unknownSite.knowsSiteAddress()).isFalse();
        assertThat(unknownSite.compose("an@example.vn", rejected).text()).contains("\n/ban-hang/san-pham/42\n");
    }

    @Test
    void theMimeMessageIsPlainTextUtf8WithEncodedVietnameseHeaders() throws Exception {
        MailSettings settings = new MailSettings("127.0.0.1", 2525, "Sàn đặc sản <no-reply@dacsan.example.vn>",
                null, null, false, Duration.ofSeconds(5));
        MimeMessage mime = new MailSender(settings, CLOCK).mime(mail.compose("an@example.vn", rejected));

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mime.writeTo(raw);
        String wire = raw.toString(StandardCharsets.US_ASCII);
        assertThat(wire).as("nothing but ASCII on the wire").matches("\\p{ASCII}*");
        assertThat(mime.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(mime.getHeader("From", null)).contains("=?UTF-8?").contains("<no-reply@dacsan.example.vn>");
        assertThat(mime.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(mime.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mime.getSentDate().toInstant()).isEqualTo(CLOCK.instant());

        assertThat(mime.getSubject()).isEqualTo(rejected.subject());
        assertThat(((InternetAddress) mime.getFrom()[0]).getPersonal()).isEqualTo("Sàn đặc sản");
        assertThat(mime.getAllRecipients()).extracting(Object::toString).containsExactly("an@example.vn");
        assertThat((String) mime.getContent()).contains("thiếu ảnh nhãn").contains("https://dacsan.example.vn/ban-hang/san-pham/42");
    }

    @Test
    void aMalformedRecipientIsRefusedWhileBuilding() {
        MailSender sender = new MailSender(MailSettings.off("no-reply@dacsan.example.vn"), CLOCK);
        assertThatThrownBy(() -> sender.mime(new MailMessage("an account@example", "Chào", "x")))
                .isInstanceOf(AddressException.class);
    }
}
