package vn.dacsan.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void keepsATidySubjectAndBodyAndAPathInsideTheSite() {
        Notice notice = new Notice(Notice.LISTING_APPROVED, "  Sản phẩm\n“Kẹo dừa sầu riêng”   đã được duyệt ",
                "  Sản phẩm đã được đăng bán.\nCảm ơn bạn.  ", " /san-pham/keo-dua-sau-rieng?tab=1 ");
        assertThat(notice.subject()).isEqualTo("Sản phẩm “Kẹo dừa sầu riêng” đã được duyệt");
        assertThat(notice.body()).isEqualTo("Sản phẩm đã được đăng bán.\nCảm ơn bạn.");
        assertThat(notice.link()).isEqualTo("/san-pham/keo-dua-sau-rieng?tab=1");
        assertThat(Notice.of("CERTIFICATE_EXPIRING", "Giấy chứng nhận sắp hết hạn", null).hasLink()).isFalse();
        assertThat(Notice.of("WELCOME", "Chào mừng", "").linkingTo("  ").link()).isNull();
    }

    @Test
    void refusesLinksThatLeaveTheSite() {
        for (String link : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "ban-hang/",
                "/a b", "/a\tb", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> Notice.of("WELCOME", "Chào", "").linkingTo(link))
                    .as(link).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path inside the site");
        }
        assertThatThrownBy(() -> Notice.of("WELCOME", "Chào", "").linkingTo("/" + "a".repeat(Notice.MAX_LINK)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingSubjectABadKindAndOverlongText() {
        assertThatThrownBy(() -> Notice.of("WELCOME", "  ", "body")).hasMessageContaining("subject");
        assertThatThrownBy(() -> Notice.of("listing approved", "Chào", "")).hasMessageContaining("kind");
        assertThatThrownBy(() -> Notice.of(null, "Chào", "")).hasMessageContaining("kind");
        assertThatThrownBy(() -> Notice.of("WELCOME", "x".repeat(Notice.MAX_SUBJECT + 1), "")).hasMessageContaining("subject");
        assertThatThrownBy(() -> Notice.of("WELCOME", "Chào", "x".repeat(Notice.MAX_BODY + 1))).hasMessageContaining("body");
        assertThat(Notice.of("WELCOME", "x".repeat(Notice.MAX_SUBJECT), "x".repeat(Notice.MAX_BODY)).subject()).hasSize(Notice.MAX_SUBJECT);
    }
}
