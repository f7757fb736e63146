package vn.dacsan.listing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dacsan.catalog.domain.CertificateState;
import vn.dacsan.listing.domain.ListingAction;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;

class ListingNoticesTest {

    private final List<String> sent = new ArrayList<>();
    private final ListingNotices notices = new ListingNotices();

    {
        notices.notifications = new Notifications() {
            @Override
            public int toStaff(Notice notice) {
                sent.add("staff|" + notice.kind() + "|" + notice.subject() + "|" + notice.body() + "|" + notice.link());
                return 1;
            }

            @Override
            public int toProducer(long producerId, Notice notice) {
                sent.add("producer " + producerId + "|" + notice.kind() + "|" + notice.subject() + "|" + notice.body() + "|" + notice.link());
                return 1;
            }
        };
    }

    @Test
    void staffHearOfSubmissionsAndBusinessesOfDecisions() {
        notices.onListing(new ListingNews(ListingAction.SUBMITTED, 7, "Kẹo dừa", 3, 70L, 2, null, LocalDate.of(2026, 12, 2), "Hân"));
        notices.onListing(new ListingNews(ListingAction.REJECTED, 7, "Kẹo dừa", 3, 70L, 2, "Thiếu ảnh", null, "Lan"));
        notices.onListing(new ListingNews(ListingAction.WITHDRAWN, 7, "Kẹo dừa", 3, null, null, null, null, "Hân"));
        assertThat(sent).containsExactly(
                "staff|LISTING_SUBMITTED|Hồ sơ chờ duyệt: Kẹo dừa|Hân gửi bản 2 của “Kẹo dừa” để Sở duyệt. Hạn xử lý: 02/12/2026."
                        + "|/quan-ly/xet-duyet.xhtml?id=70",
                "producer 3|LISTING_REJECTED|Sản phẩm bị từ chối: Kẹo dừa|Bản 2 của “Kẹo dừa” chưa được duyệt. Lý do: Thiếu ảnh"
                        + " Bạn có thể sửa và gửi lại.|/ban-hang/san-pham.xhtml?id=7");
    }

    @Test
    void longNamesAndReasonsStillFit() {
        String longName = "Kẹo dừa ".repeat(25).strip();
        notices.onListing(new ListingNews(ListingAction.REJECTED, 7, longName, 3, 70L, 1, "x".repeat(1000), null, "Lan"));
        notices.onCertificate(new CertificateNews(CertificateState.EXPIRED, 1, 7, longName, 3, 4, LocalDate.of(2026, 1, 1), null));
        assertThat(sent).hasSize(2).allSatisfy(line -> assertThat(line.split("\\|")[2]).hasSizeLessThanOrEqualTo(Notice.MAX_SUBJECT));
    }
}
