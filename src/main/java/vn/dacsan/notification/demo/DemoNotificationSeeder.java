package vn.dacsan.notification.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;
import vn.dacsan.platform.logging.RequestLog;

/**
 * Demo mode only: once the demo logins exist, each demo business is told its producer was
 * verified and the staff are welcomed, so every demo login has a notification to look at.
 */
@Singleton
@Startup
@DependsOn("DemoAccountSeeder")
public class DemoNotificationSeeder {

    private static final Logger LOG = RequestLog.logger(DemoNotificationSeeder.class);

    @Inject
    @ConfigProperty(name = "dacsan.demo.enabled", defaultValue = "false")
    boolean enabled;
    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Notifications notifications;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        long existing = em.createQuery("select count(n) from Notification n", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        List<Long> producers = em.createQuery("select distinct a.producerId from Account a where a.role = :role", Long.class)
                .setParameter("role", Role.BUSINESS).getResultList();
        for (Long id : producers) {
            Producer producer = em.find(Producer.class, id);
            notifications.toProducer(id, new Notice(Notice.PRODUCER_VERIFIED,
                    "Hồ sơ " + producer.getName() + " đã được xác minh",
                    "Sở Công Thương đã xác minh hồ sơ chủ thể " + producer.getName()
                            + ". Sản phẩm của bạn được đăng bán sau khi được duyệt.",
                    "/nha-san-xuat/" + producer.getSlug()));
        }
        notifications.toStaff(new Notice("WELCOME", "Chào mừng đến khu vực quản lý",
                "Hồ sơ mới cần duyệt và các việc sắp đến hạn sẽ được báo tại đây và qua email.", "/quan-ly/"));
        LOG.info(() -> "Demo mode: seeded notifications for " + producers.size() + " producers and the staff");
    }
}
