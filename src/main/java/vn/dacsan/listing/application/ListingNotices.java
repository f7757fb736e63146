package vn.dacsan.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;

/**
 * Tells the people concerned about listing news, in the same transaction as the news: staff
 * of a new submission, the business of each decision, suspension and certificate change.
 * Emails go out later, so a mail failure never touches the decision.
 */
@ApplicationScoped
public class ListingNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Notifications notifications;

    void onListing(@Observes ListingNews news) {
        String name = "“" + news.productName() + "”";
        String seller = "/ban-hang/san-pham.xhtml?id=" + news.productId();
        switch (news.action()) {
            case SUBMITTED -> notifications.toStaff(Notice.fitted(Notice.LISTING_SUBMITTED, "Hồ sơ chờ duyệt: " + news.productName(),
                    news.actorName() + " gửi bản " + news.revisionNumber() + " của " + name + " để Sở duyệt. Hạn xử lý: "
                            + DATE.format(news.dueOn()) + ".", "/quan-ly/xet-duyet.xhtml?id=" + news.revisionId()));
            case APPROVED -> notifications.toProducer(news.producerId(), Notice.fitted(Notice.LISTING_APPROVED,
                    "Sản phẩm đã được duyệt: " + news.productName(),
                    "Bản " + news.revisionNumber() + " của " + name + " đã được " + news.actorName() + " duyệt và đang hiển thị trên sàn."
                            + (news.reason() == null ? "" : " Ghi chú: " + news.reason()), seller));
            case REJECTED -> notifications.toProducer(news.producerId(), Notice.fitted(Notice.LISTING_REJECTED,
                    "Sản phẩm bị từ chối: " + news.productName(),
                    "Bản " + news.revisionNumber() + " của " + name + " chưa được duyệt. Lý do: " + news.reason()
                            + " Bạn có thể sửa và gửi lại.", seller));
            case SUSPENDED -> notifications.toProducer(news.producerId(), Notice.fitted("LISTING_SUSPENDED",
                    "Sản phẩm bị tạm ngừng bán: " + news.productName(),
                    news.actorName() + " đã tạm ngừng bán " + name + ". Lý do: " + news.reason(), seller));
            case REINSTATED -> notifications.toProducer(news.producerId(), Notice.fitted("LISTING_REINSTATED",
                    "Sản phẩm được bán lại: " + news.productName(),
                    name + " đã được bán lại trên sàn. Ghi chú: " + news.reason(), seller));
            default -> {
                // the business's own steps (withdrawal) need no notice
            }
        }
    }

    void onCertificate(@Observes CertificateNews news) {
        String name = "“" + news.productName() + "”";
        String link = "/ban-hang/san-pham.xhtml?id=" + news.productId();
        switch (news.state()) {
            case EXPIRING -> notifications.toProducer(news.producerId(), Notice.fitted(Notice.CERTIFICATE_EXPIRING,
                    "Chứng nhận OCOP sắp hết hạn: " + news.productName(),
                    "Chứng nhận OCOP " + news.stars() + " sao của " + name + " hết hạn ngày " + DATE.format(news.validUntil())
                            + ". Hãy gửi quyết định công nhận mới để giữ huy hiệu sao trên sàn.", link));
            case EXPIRED -> notifications.toProducer(news.producerId(), Notice.fitted("CERTIFICATE_EXPIRED",
                    "Chứng nhận OCOP đã hết hạn: " + news.productName(),
                    "Chứng nhận OCOP " + news.stars() + " sao của " + name + " đã hết hạn ngày " + DATE.format(news.validUntil())
                            + "; huy hiệu sao không còn hiển thị. Sản phẩm vẫn được bán.", link));
            case REVOKED -> notifications.toProducer(news.producerId(), Notice.fitted("CERTIFICATE_REVOKED",
                    "Chứng nhận OCOP bị thu hồi: " + news.productName(),
                    "Chứng nhận OCOP " + news.stars() + " sao của " + name + " đã bị thu hồi: " + news.reason(), link));
            default -> {
                // nothing to tell
            }
        }
    }
}
