package vn.dacsan.order.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import vn.dacsan.payment.application.CashOnDeliveryProvider;
import vn.dacsan.payment.application.PaymentProviders;
import vn.dacsan.payment.application.VietQrProvider;
import vn.dacsan.payment.application.VietQrSettings;
import vn.dacsan.payment.domain.ReceivingAccount;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.media.MediaStore;
import vn.dacsan.search.application.SearchOutbox;
import vn.dacsan.testing.MovableClock;
import vn.dacsan.testing.RecordingEvent;
import vn.dacsan.testing.TestDatabase;

/**
 * The demo catalogue in a test database, and the order service wired as the container wires it:
 * each placement in a transaction and entity manager of its own (as the REQUIRES_NEW bean does),
 * so many threads can place orders at once; the other calls in the caller's transaction.
 */
final class OrderFixture implements AutoCloseable {

    static final Instant THURSDAY = Instant.parse("2026-11-26T03:00:00Z");
    static final Locale VI = Locale.forLanguageTag("vi");

    final TestDatabase db;
    final MovableClock clock = new MovableClock(THURSDAY);
    final RecordingEvent<OrderNews> news = new RecordingEvent<>();
    final String provinceCode;
    final String communeCode;

    OrderFixture(TestDatabase db) {
        this.db = db;
        try {
            MediaStore media = new MediaStore(Files.createTempDirectory("media"));
            db.run(() -> DemoCatalog.read().loadInto(db.em(), new SearchOutbox(db.em(), clock), media, clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clearOutbox();
        AdminUnit commune = db.inTransaction(em -> em.createQuery("select u from AdminUnit u where u.validTo is null"
                        + " and u.level in :levels and u.parent is not null order by u.code", AdminUnit.class)
                .setParameter("levels", List.of(AdminLevel.COMMUNE, AdminLevel.WARD))
                .setMaxResults(1).getSingleResult());
        communeCode = commune.getCode();
        provinceCode = db.inTransaction(em -> em.find(AdminUnit.class, communeCode).getParent().getCode());
    }

    /** The service as the application uses it; {@code records} decides how stock is taken. */
    OrderService service(Function<EntityManager, OrderRecords> records) {
        return new OrderService(new TransactionalPlacement(records), new OrderRecords(db.em()), new SearchOutbox(db.em(), clock),
                clock, news);
    }

    OrderService service() {
        return service(OrderRecords::new);
    }

    /** What the transaction interceptor does for {@link OrderPlacement}: a new transaction (and persistence context) per call. */
    private final class TransactionalPlacement extends OrderPlacement {
        private final Function<EntityManager, OrderRecords> records;

        TransactionalPlacement(Function<EntityManager, OrderRecords> records) {
            this.records = records;
        }

        @Override
        public PlacedOrder place(OrderRules.Checked checked, String hash, Optional<AccountProfile> shopper, String key, Locale locale) {
            return inNewTransaction(p -> p.place(checked, hash, shopper, key, locale));
        }

        @Override
        public Optional<PlacedOrder> earlier(String key, String hash) {
            return inNewTransaction(p -> p.earlier(key, hash));
        }

        private <T> T inNewTransaction(Function<OrderPlacement, T> work) {
            EntityManager em = db.newEntityManager();
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                // the fields of the fixture, not the (unset) ones this subclass inherits
                MovableClock time = OrderFixture.this.clock;
                T result = work.apply(new OrderPlacement(records.apply(em), new SearchOutbox(em, time), time, OrderFixture.this.news,
                        new PaymentProviders(List.of(new CashOnDeliveryProvider(), new VietQrProvider(new VietQrSettings(new ReceivingAccount(VietQrSettings.DEMO_BANK_BIN, VietQrSettings.DEMO_BANK_NAME, VietQrSettings.DEMO_ACCOUNT_NUMBER, VietQrSettings.DEMO_ACCOUNT_NAME)))))));
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            } finally {
                em.close();
            }
        }
    }

    /** A live demo product of this producer, with exactly {@code stock} units left. */
    long liveProduct(String producerSlug, int stock) {
        long id = db.inTransaction(em -> em.createQuery("select p.id from Product p where p.producer.slug = :slug"
                        + " and p.status = :live order by p.id", Long.class)
                .setParameter("slug", producerSlug).setParameter("live", ProductStatus.LIVE)
                .setMaxResults(1).getSingleResult());
        setStock(id, stock);
        return id;
    }

    void setStock(long productId, int stock) {
        db.run(() -> db.em().createNativeQuery("update product set stock = ?1 where id = ?2")
                .setParameter(1, stock).setParameter(2, productId).executeUpdate());
    }

    int stock(long productId) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select stock from product where id = ?1")
                .setParameter(1, productId).getSingleResult()).intValue());
    }

    long price(long productId) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select price_vnd from product where id = ?1")
                .setParameter(1, productId).getSingleResult()).longValue());
    }

    long count(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    long outboxEntriesFor(long productId) {
        return count("select count(*) from search_outbox where entity_id = " + productId);
    }

    void clearOutbox() {
        db.run(() -> db.em().createQuery("delete from SearchOutboxEntry").executeUpdate());
    }

    PlaceOrder order(long productId, int quantity) {
        return order(new PlaceOrder.Line(productId, quantity, null));
    }

    PlaceOrder order(PlaceOrder.Line... lines) {
        return new PlaceOrder(List.of(lines), new PlaceOrder.Buyer("Nguyễn Thị Mai", "0912 345 678", "mai@example.vn"),
                new PlaceOrder.Address(provinceCode, communeCode, "Ấp 3, số 12", "Gọi trước khi giao"), "COD");
    }

    AccountProfile account(String email, String name, Role role, Long producerId) {
        Account account = db.inTransaction(em -> {
            Account a = role == Role.BUSINESS
                    ? Account.business(email, name, "not-a-hash", producerId, clock.instant())
                    : Account.of(email, name, "not-a-hash", role, clock.instant());
            em.persist(a);
            return a;
        });
        return new AccountProfile(account.getId(), email, name, role, producerId);
    }

    long producerId(String slug) {
        return db.inTransaction(em -> em.createQuery("select p.id from Producer p where p.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult());
    }

    /** Runs {@code work} in one transaction of the fixture's entity manager, as a request would. */
    <T> T tx(java.util.function.Supplier<T> work) {
        return db.inTransaction(em -> work.get());
    }

    @Override
    public void close() {
        db.close();
    }
}
