package vn.dacsan.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import vn.dacsan.testing.TestDatabase;

/**
 * Many shoppers at once through the real service and a real database with a connection pool:
 * the last units are sold exactly once, and one idempotency key places one order. A naive
 * read-then-write stock update, run through the same check, is caught overselling, which shows
 * the check can fail. PostgreSQL runs too when -Ddacsan.test.postgres.url (or
 * DACSAN_TEST_POSTGRES_URL) names a database; user and password default to dacsan/dacsan.
 */
class OrderConcurrencyIT {

    private static final int BUYERS = 120;
    private static final int LAST_UNITS = 10;
    private static final int POOL_SIZE = 10;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void everyUnitIsSoldExactlyOnceWhenManyBuyTheLastOnes(String database) throws Exception {
        try (OrderFixture fixture = new OrderFixture(pooled(database))) {
            long product = fixture.liveProduct("cong-ty-keo-dua-an-hoi", LAST_UNITS);
            Outcome outcome = buyTheLastUnits(fixture, fixture.service(), product);
            assertSoldExactlyTheStock(outcome);
            assertThat(fixture.count("select count(*) from customer_order")).isEqualTo(LAST_UNITS);
            assertThat(fixture.outboxEntriesFor(product)).isEqualTo(LAST_UNITS);
        }
    }

    @Test
    void theCheckCatchesANaiveReadThenWriteOverselling() throws Exception {
        boolean oversold = false;
        for (int attempt = 0; attempt < 3 && !oversold; attempt++) {
            try (OrderFixture fixture = new OrderFixture(pooled("h2"))) {
                long product = fixture.liveProduct("cong-ty-keo-dua-an-hoi", LAST_UNITS);
                CountDownLatch everyoneRead = new CountDownLatch(POOL_SIZE);
                Outcome outcome = buyTheLastUnits(fixture, fixture.service(em -> new ReadThenWrite(em, everyoneRead)), product);
                try {
                    assertSoldExactlyTheStock(outcome);
                } catch (AssertionError caught) {
                    oversold = outcome.soldUnits() > LAST_UNITS;
                }
            }
        }
        assertThat(oversold).as("the naive read-then-write sold more than the stock in one of three runs").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void fiftyParallelRetriesOfOneKeyPlaceOneOrderAndTakeStockOnce(String database) throws Exception {
        try (OrderFixture fixture = new OrderFixture(pooled(database))) {
            long product = fixture.liveProduct("cong-ty-keo-dua-an-hoi", LAST_UNITS);
            OrderService orders = fixture.service();
            PlaceOrder checkout = fixture.order(product, 3);
            String key = UUID.randomUUID().toString();
            List<Future<PlacedOrder>> attempts = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(50);
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 50; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return orders.place(checkout, Optional.empty(), key);
                }));
            }
            start.countDown();
            List<PlacedOrder> placed = new ArrayList<>();
            for (Future<PlacedOrder> attempt : attempts) {
                placed.add(attempt.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertThat(placed).extracting(p -> p.order().code()).containsOnly(placed.get(0).order().code());
            assertThat(placed).filteredOn(p -> !p.replayed()).hasSize(1);
            assertThat(fixture.count("select count(*) from customer_order")).isEqualTo(1);
            assertThat(fixture.stock(product)).isEqualTo(LAST_UNITS - 3);

            PlaceOrder other = fixture.order(product, 4);
            assertThatThrownBy(() -> orders.place(other, Optional.empty(), key)).isInstanceOf(IdempotencyConflictException.class);
            assertThat(fixture.stock(product)).isEqualTo(LAST_UNITS - 3);
            assertThat(fixture.count("select count(*) from customer_order")).isEqualTo(1);
        }
    }

    /** What happened when every buyer tried for one unit at the same moment. */
    private record Outcome(int successes, List<Throwable> failures, int stockLeft, long soldUnits) {
    }

    private static Outcome buyTheLastUnits(OrderFixture fixture, OrderService orders, long product) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PlacedOrder>> attempts = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            PlaceOrder checkout = fixture.order(product, 1);
            String key = "buyer-" + i + "-" + UUID.randomUUID();
            attempts.add(pool.submit(() -> {
                start.await();
                return orders.place(checkout, Optional.empty(), key, Locale.ENGLISH);
            }));
        }
        start.countDown();
        int successes = 0;
        List<Throwable> failures = new ArrayList<>();
        for (Future<PlacedOrder> attempt : attempts) {
            try {
                attempt.get(120, TimeUnit.SECONDS);
                successes++;
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();
        long sold = fixture.count("select coalesce(sum(quantity), 0) from order_item where product_id = " + product);
        return new Outcome(successes, failures, fixture.stock(product), sold);
    }

    private static void assertSoldExactlyTheStock(Outcome outcome) {
        assertThat(outcome.failures()).as("every failure is a clean out-of-stock")
                .allSatisfy(f -> assertThat(f).isInstanceOf(OutOfStockException.class));
        assertThat(outcome.successes()).as("orders placed").isEqualTo(LAST_UNITS);
        assertThat(outcome.failures()).hasSize(BUYERS - LAST_UNITS);
        assertThat(outcome.stockLeft()).as("stock left").isZero();
        assertThat(outcome.soldUnits()).as("units in orders").isEqualTo(LAST_UNITS);
    }

    /**
     * How not to take stock: read the count, check it, write back the difference. Everyone who
     * read before anyone wrote passes the check; the latch makes sure that many do.
     */
    private static final class ReadThenWrite extends OrderRecords {
        private final CountDownLatch everyoneRead;

        ReadThenWrite(EntityManager em, CountDownLatch everyoneRead) {
            super(em);
            this.everyoneRead = everyoneRead;
        }

        @Override
        boolean takeStock(long productId, int quantity) {
            int stock = stockOf(productId);
            if (stock < quantity) {
                return false;
            }
            everyoneRead.countDown();
            try {
                everyoneRead.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            em().createNativeQuery("update product set stock = ?1 where id = ?2")
                    .setParameter(1, stock - quantity).setParameter(2, productId).executeUpdate();
            return true;
        }
    }

    /** A fresh database behind a pool of {@value POOL_SIZE} connections, shared by every thread. */
    private static TestDatabase pooled(String database) {
        if (database.equals("h2")) {
            JdbcDataSource h2 = TestDatabase.memory();
            h2.setURL(h2.getURL() + ";LOCK_TIMEOUT=30000");
            JdbcConnectionPool pool = JdbcConnectionPool.create(h2);
            pool.setMaxConnections(POOL_SIZE);
            return new TestDatabase(pool, null);
        }
        String url = Optional.ofNullable(System.getProperty("dacsan.test.postgres.url"))
                .or(() -> Optional.ofNullable(System.getenv("DACSAN_TEST_POSTGRES_URL"))).orElse(null);
        assumeTrue(url != null && !url.isBlank(),
                "PostgreSQL pass skipped: set -Ddacsan.test.postgres.url=jdbc:postgresql://127.0.0.1:5432/dacsan to run it");
        String schema = "orders_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
        postgres.setURL(url);
        postgres.setUser(System.getProperty("dacsan.test.postgres.user", "dacsan"));
        postgres.setPassword(System.getProperty("dacsan.test.postgres.password", "dacsan"));
        postgres.setCurrentSchema(schema);
        JdbcConnectionPool pool = JdbcConnectionPool.create(postgres);
        pool.setMaxConnections(POOL_SIZE);
        return new TestDatabase(pool, schema) {
            @Override
            public void close() {
                super.close();
                try (Connection c = postgres.getConnection()) {
                    c.createStatement().execute("drop schema if exists " + schema + " cascade");
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot drop the test schema " + schema, e);
                }
            }
        };
    }
}
