package vn.dacsan.account.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.account.application.AccountService;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.LicenceKind;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.ProducerKind;
import vn.dacsan.platform.logging.RequestLog;

/**
 * Demo logins (dacsan.demo.enabled=true only), added once the demo catalogue is in: a staff
 * member, two verified businesses, one business still awaiting verification (so the staff queue
 * has something in it) and a shopper, all with the password "demo12345". See the README.
 */
@Singleton
@Startup
@DependsOn("DemoCatalogSeeder")
public class DemoAccountSeeder {

    private static final Logger LOG = RequestLog.logger(DemoAccountSeeder.class);
    static final String PASSWORD = "demo12345";

    @Inject
    @ConfigProperty(name = "dacsan.demo.enabled", defaultValue = "false")
    boolean enabled;
    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    AccountService accounts;
    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        long existing = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        if (existing > 0) {
            LOG.info("Demo mode: accounts already present, not seeding");
            return;
        }
        accounts.create("canbo@demo.dacsan.vn", "Trần Thị Thu Hà", PASSWORD, Role.STAFF, null);
        accounts.create("khach@demo.dacsan.vn", "Nguyễn Văn An", PASSWORD, Role.SHOPPER, null);
        business("keodua@demo.dacsan.vn", "Lê Thị Ngọc Hân", "cong-ty-keo-dua-an-hoi");
        business("choimyan@demo.dacsan.vn", "Lê Thị Bé", "tht-choi-bong-co-thanh-phu");
        pendingBusiness("moi@demo.dacsan.vn", "Nguyễn Thị Mới");
        LOG.info("Demo mode: seeded demo accounts (password " + PASSWORD + ")");
    }

    private void business(String email, String name, String producerSlug) {
        Optional<Long> producer = em.createQuery("select p.id from Producer p where p.slug = :slug", Long.class)
                .setParameter("slug", producerSlug).getResultStream().findFirst();
        if (producer.isEmpty()) {
            LOG.warning(() -> "Demo mode: no producer " + producerSlug + ", skipping " + email);
            return;
        }
        accounts.create(email, name, PASSWORD, Role.BUSINESS, producer.get());
    }

    /**
     * A household business that registered a few hours ago and waits for staff. Written directly
     * rather than through the registration rules: the shared demo password is shorter than new
     * passwords may be.
     */
    private void pendingBusiness(String email, String name) {
        AdminUnit commune = em.find(AdminUnit.class, "vinh-long.giong-trom");
        if (commune == null) {
            LOG.warning(() -> "Demo mode: no commune vinh-long.giong-trom, skipping " + email);
            return;
        }
        Producer producer = new Producer("co-so-keo-chuoi-nam-moi", "Cơ sở kẹo chuối Năm Mới", ProducerKind.HOUSEHOLD,
                "8461027395", name, commune, clock.instant().minus(Duration.ofHours(3)));
        producer.contact("ấp Phong Điền", "0938214657", email, null);
        LocalDate issued = LocalDate.now(clock).minusDays(120);
        producer.addLicence(LicenceKind.FOOD_SAFETY, issued.getYear() + "/ATTP-CNĐK-0417", issued,
                "Sở Công Thương tỉnh Vĩnh Long", issued.plusYears(3));
        em.persist(producer);
        // the account refers to the producer by a plain id column, so the producer row goes first
        em.flush();
        accounts.create(email, name, PASSWORD, Role.BUSINESS, producer.getId());
    }
}
