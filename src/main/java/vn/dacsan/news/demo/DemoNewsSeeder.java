package vn.dacsan.news.demo;

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
import vn.dacsan.search.application.SearchOutbox;

/** In demo mode (dacsan.demo.enabled=true), adds demo news and events once the demo catalogue is there. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoCatalogSeeder"})
public class DemoNewsSeeder {

    private static final Logger LOG = Logger.getLogger(DemoNewsSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "dacsan.demo.enabled", defaultValue = "false")
    boolean enabled;
    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    SearchOutbox outbox;
    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        long articles = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
        long events = em.createQuery("select count(e) from NewsEvent e", Long.class).getSingleResult();
        if (articles > 0 || events > 0) {
            LOG.info("Demo mode: news already present, not seeding");
            return;
        }
        DemoNews news = DemoNews.read();
        news.loadInto(em, outbox, clock);
        LOG.info(() -> "Demo mode: seeded " + news.articleCount() + " articles");
    }
}
