package vn.dacsan.business.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.dacsan.catalog.domain.ProducerStatus;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;

/**
 * Tells staff of each new registration and the business of the department's decision, in the
 * same transaction as the registration or decision (emails follow later and never undo it).
 */
@ApplicationScoped
public class BusinessNotices {

    @Inject
    Notifications notifications;

    void onRegistered(@Observes BusinessRegistered registered) {
        notifications.toStaff(Notice.fitted("BUSINESS_REGISTERED", "Doanh nghiệp chờ xác minh: " + registered.producerName(),
                registered.displayName() + " đăng ký " + registered.producerName() + " bán hàng trên sàn. Hãy kiểm tra hồ sơ và giấy phép.",
                "/quan-ly/doanh-nghiep"));
    }

    void onDecided(@Observes BusinessDecided decided) {
        boolean verified = decided.decision() == ProducerStatus.VERIFIED;
        String subject = verified ? "Hồ sơ doanh nghiệp đã được xác minh: " + decided.producerName()
                : "Hồ sơ doanh nghiệp chưa được chấp nhận: " + decided.producerName();
        String body = verified
                ? "Sở Công Thương đã xác minh " + decided.producerName() + ". Doanh nghiệp có thể đăng sản phẩm để Sở duyệt."
                : "Sở Công Thương chưa chấp nhận hồ sơ " + decided.producerName() + ". Lý do: " + decided.rejectionReason();
        notifications.toProducer(decided.producerId(), Notice.fitted(verified ? Notice.PRODUCER_VERIFIED : Notice.PRODUCER_REJECTED,
                subject, body, "/ban-hang/"));
    }

}
