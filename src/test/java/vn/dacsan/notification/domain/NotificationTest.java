package vn.dacsan.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dacsan.platform.time.Backoff;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2025-08-01T02:00:00Z");
    private static final Backoff BACKOFF = Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(10));
    private final Notice notice = Notice.of(Notice.PRODUCER_VERIFIED, "Hồ sơ đã được xác minh", "Chúc mừng!").linkingTo("/ban-hang/");

    @Test
    void inAppOnlyWantsNoEmail() {
        Notification n = Notification.inApp(7, notice, NOW);
        assertThat(n.getEmailState()).isEqualTo(EmailState.NONE);
        assertThat(n.getNextAttemptAt()).isNull();
        assertThat(n.isRead()).isFalse();
        assertThat(n.notice()).isEqualTo(notice);
        assertThatThrownBy(() -> n.emailSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readingKeepsTheFirstTime() {
        Notification n = Notification.inApp(7, notice, NOW);
        n.markRead(NOW.plusSeconds(5));
        n.markRead(NOW.plusSeconds(60));
        assertThat(n.getReadAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void anEmailIsDueAtOnceAndSentOnce() {
        Notification n = Notification.withEmail(7, notice, "an@example.vn", NOW);
        assertThat(n.getEmailState()).isEqualTo(EmailState.PENDING);
        assertThat(n.getNextAttemptAt()).isEqualTo(NOW);
        n.emailClaimed(NOW.plusSeconds(600));
        assertThat(n.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
        n.emailSent(NOW.plusSeconds(1));
        assertThat(n.getEmailState()).isEqualTo(EmailState.SENT);
        assertThat(n.getSentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(n.getAttempts()).isEqualTo(1);
        assertThat(n.getNextAttemptAt()).isNull();
        assertThatThrownBy(() -> n.emailSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failuresBackOffThenGiveUpWithoutTouchingTheNotice() {
        Notification n = Notification.withEmail(7, notice, "an@example.vn", NOW);
        n.emailFailed("connection refused", false, NOW, BACKOFF, 3);
        assertThat(n.getEmailState()).isEqualTo(EmailState.PENDING);
        assertThat(n.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        n.emailFailed("connection refused", false, NOW, BACKOFF, 3);
        assertThat(n.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        n.emailFailed("x".repeat(5000), false, NOW, BACKOFF, 3);
        assertThat(n.getEmailState()).isEqualTo(EmailState.FAILED);
        assertThat(n.getAttempts()).isEqualTo(3);
        assertThat(n.getNextAttemptAt()).isNull();
        assertThat(n.getLastError()).hasSize(1000);
        assertThat(n.notice()).isEqualTo(notice);
        assertThat(n.isRead()).isFalse();
    }

    @Test
    void anAddressThatCanNeverWorkFailsAtOnce() {
        Notification n = Notification.withEmail(7, notice, "not an address", NOW);
        n.emailFailed("Malformed address", true, NOW, BACKOFF, 8);
        assertThat(n.getEmailState()).isEqualTo(EmailState.FAILED);
        assertThat(n.getAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> Notification.withEmail(7, notice, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
