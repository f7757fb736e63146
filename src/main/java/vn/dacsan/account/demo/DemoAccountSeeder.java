package vn.dacsan.account.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.account.application.AccountService;
import vn.dacsan.account.domain.Role;

/**
 * Demo logins (dacsan.demo.enabled=true only), added once the demo catalogue is in: a staff
 * member, two businesses and a shopper, all with the password "demo12345". See the README.
 */
@Singleton
@Startup
@DependsOn("DemoCatalogSeeder")
public class DemoAccountSeeder {

    private static final Logger LOG = Logger.getLogger(DemoAccountSeeder.class.getName());
    static final String PASSWORD = "demo12345";

    @Inject
    @ConfigProperty(name = "dacsan.demo.enabled", defaultValue = "false")
    boolean enabled;
    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    AccountService accounts;

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
        // The demo producers are all verified: there is no pending-producer flow yet.
        business("choimyan@demo.dacsan.vn", "Lê Thị Bé", "tht-choi-bong-co-thanh-phu");
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
}
