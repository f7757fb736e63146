package vn.dacsan.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void noHostMeansMailIsOff() {
        assertThat(new MailSettings("  ", 25, "no-reply@dacsan.example.vn", null, null, false, Duration.ofSeconds(5)).enabled()).isFalse();
        assertThat(MailSettings.off("no-reply@dacsan.example.vn")).hasToString("mail off");
    }

    @Test
    void loginAndStartTlsReachTheSessionButThePasswordNeverTheLog() {
        MailSettings settings = new MailSettings("smtp.example.vn", 587, "Sàn đặc sản <no-reply@dacsan.example.vn>",
                "mailer", "s3cret", true, Duration.ofSeconds(7));
        Properties session = settings.sessionProperties();
        assertThat(session.getProperty("mail.smtp.host")).isEqualTo("smtp.example.vn");
        assertThat(session.getProperty("mail.smtp.port")).isEqualTo("587");
        assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("7000");
        assertThat(session.getProperty("mail.smtp.from")).isEqualTo("no-reply@dacsan.example.vn");
        assertThat(settings.toString()).contains("smtp.example.vn:587").contains("STARTTLS").doesNotContain("s3cret");
    }

    @Test
    void aBadPortOrSenderIsRefusedAtStart() {
        assertThatThrownBy(() -> new MailSettings("smtp.example.vn", 0, "no-reply@dacsan.example.vn", null, null, false, Duration.ofSeconds(5)))
                .hasMessageContaining("dacsan.mail.port");
        assertThatThrownBy(() -> new MailSettings("smtp.example.vn", 25, "Sàn đặc sản", null, null, false, Duration.ofSeconds(5)))
                .hasMessageContaining("dacsan.mail.from");
        assertThatThrownBy(() -> MailSettings.off(" ")).hasMessageContaining("dacsan.mail.from");
    }
}
