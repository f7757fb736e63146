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
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A fresh in-memory H2 database with the real Flyway migrations and the real persistence
 * unit (switched to resource-local transactions), for tests that run outside the server.
 * In the PostgreSQL pass ({@code -Dtest.db=postgres}) the same, in a fresh PostgreSQL schema.
 */
public class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory emf;
    private final EntityManager em;
    private final DataSource dataSource;
    private String ownSchema;
    private JdbcConnectionPool ownPool;

    public TestDatabase() {
        this(TestPostgres.chosen() ? postgres() : new Target(memory(), null, null));
    }

    private TestDatabase(Target target) {
        this(target.dataSource(), target.schema());
        ownSchema = target.schema();
        ownPool = target.pool();
    }

    private record Target(DataSource dataSource, String schema, JdbcConnectionPool pool) {
    }

    private static Target postgres() {
        String schema = TestPostgres.createSchema("it");
        PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
        postgres.setURL(TestPostgres.requiredUrl());
        postgres.setUser(TestPostgres.user());
        postgres.setPassword(TestPostgres.password());
        postgres.setCurrentSchema(schema);
        JdbcConnectionPool pool = JdbcConnectionPool.create(postgres);
        pool.setMaxConnections(20);
        return new Target(pool, schema, pool);
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
        emf = persistenceUnit(dataSource);
        em = emf.createEntityManager();
    }

    /** The application's persistence unit on a plain DataSource, with resource-local transactions (outside the server). */
    public static EntityManagerFactory persistenceUnit(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "SEVERE");
        return Persistence.createEntityManagerFactory("marketplace", properties);
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
        if (ownPool != null) {
            ownPool.dispose();
        }
        if (ownSchema != null) {
            TestPostgres.dropSchema(ownSchema);
        }
    }
}
