package vn.dacsan.department.demo;

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

/** Demo mode only: the demo department, its unit and the first operating rules, once, on an empty table. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDepartmentSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDepartmentSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "dacsan.demo.enabled", defaultValue = "false")
    boolean enabled;
    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (!enabled || em.createQuery("select count(u) from DepartmentUnit u", Long.class).getSingleResult() > 0) {
            return;
        }
        DemoDepartment.loadInto(em, clock);
        LOG.info("Demo mode: seeded the department, its unit and the operating rules");
    }
}
