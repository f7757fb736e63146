package vn.dacsan.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database with the real Flyway migrations and the real persistence
 * unit (switched to resource-local transactions), for tests that run outside the server.
 */
public class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory emf;
    private final EntityManager em;
    private final DataSource dataSource;

    public TestDatabase() {
        this(memory(), null);
    }

    /**
     * The same on another database (a connection pool, PostgreSQL): with {@code schema}, that
     * schema is created (or wiped first) and used, so every run starts from an empty database.
     */
    public TestDatabase(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        FluentConfiguration flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema).cleanDisabled(false);
            flyway.load().clean();
        }
        flyway.load().migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "SEVERE");
        emf = Persistence.createEntityManagerFactory("marketplace", properties);
        em = emf.createEntityManager();
    }

    /** A fresh in-memory H2 database; the name is unique, so tests never share one. */
    public static JdbcDataSource memory() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    public EntityManager em() {
        return em;
    }

    /** Another entity manager on the same database: a second user working at the same time. */
    public EntityManager newEntityManager() {
        return emf.createEntityManager();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs work in one transaction, committing on success and rolling back on failure. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    public void run(Runnable work) {
        inTransaction(em -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        em.close();
        emf.close();
    }
}
