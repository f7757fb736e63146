package vn.dacsan.catalog.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.media.MediaStore;
import vn.dacsan.platform.logging.RequestLog;
import vn.dacsan.search.application.SearchOutbox;

/** On first start in demo mode (dacsan.demo.enabled=true), fills an empty catalogue with demo data. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoCatalogSeeder {

    private static final Logger LOG = RequestLog.logger(DemoCatalogSeeder.class);

    @Inject
    @ConfigProperty(name = "dacsan.demo.enabled", defaultValue = "false")
    boolean enabled;
    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    SearchOutbox outbox;
    @Inject
    MediaStore media;
    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        long producers = em.createQuery("select count(p) from Producer p", Long.class).getSingleResult();
        if (producers > 0) {
            LOG.info("Demo mode: catalogue already present, not seeding");
            return;
        }
        DemoCatalog catalog = DemoCatalog.read();
        catalog.loadInto(em, outbox, media, clock);
        LOG.info(() -> "Demo mode: seeded " + catalog.productCount() + " products");
    }
}
