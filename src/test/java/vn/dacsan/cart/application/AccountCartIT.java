package vn.dacsan.cart.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.cart.domain.Cart;
import vn.dacsan.cart.domain.CartChange;
import vn.dacsan.cart.domain.CartRefusal;
import vn.dacsan.cart.domain.CartView;
import vn.dacsan.cart.domain.MergeOutcome;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.media.MediaStore;
import vn.dacsan.search.application.SearchOutbox;
import vn.dacsan.testing.MovableClock;
import vn.dacsan.testing.TestDatabase;

/** The account cart against the real schema and demo catalogue: kept in the database, merged on login. */
class AccountCartIT {

    private static final Instant MORNING = Instant.parse("2026-11-27T03:00:00Z");

    private TestDatabase db;
    private MovableClock clock;
    private CartService carts;
    private long shopper;
    private long candy;       // kẹo dừa sáp ca cao, 240 in stock
    private long pomelo;      // bưởi da xanh, another producer
    private long durian;      // sầu riêng sấy thăng hoa, 40 in stock

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase();
        clock = new MovableClock(MORNING);
        SearchOutbox outbox = new SearchOutbox(db.em(), clock);
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        db.run(() -> DemoCatalog.read().loadInto(db.em(), outbox, media, clock));
        carts = new CartService(new CartOffers(db.em()), new AccountCarts(db.em()), clock);
        shopper = db.inTransaction(em -> {
            Account account = Account.of("khach@test.vn", "Nguyễn Văn An", "not-a-hash", Role.SHOPPER, clock.instant());
            em.persist(account);
            return account;
        }).getId();
        candy = productId("keo-dua-sap-ca-cao");
        pomelo = productId("buoi-da-xanh");
        durian = productId("sau-rieng-say-thang-hoa");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theAccountCartIsKeptInTheDatabaseGroupedByProducer() {
        tx(() -> carts.add(shopper, candy, 2));
        tx(() -> carts.add(shopper, pomelo, 1));
        tx(() -> carts.add(shopper, candy, 1));

        // read back through a fresh persistence context, as another device would
        CartView view = new CartService(new CartOffers(db.newEntityManager()), new AccountCarts(db.newEntityManager()), clock)
                .view(shopper);
        assertThat(view.groups()).hasSize(2);
        assertThat(view.groups().get(0).lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Kẹo dừa sáp ca cao");
            assertThat(line.quantity()).isEqualTo(3);
            assertThat(line.lineTotalVnd()).isEqualTo(3 * 65_000);
        });
        assertThat(view.totalVnd()).isEqualTo(3 * 65_000 + 75_000);
        assertThat(tx(() -> carts.itemCount(shopper))).isEqualTo(4);

        tx(() -> carts.changeQuantity(shopper, pomelo, 4));
        tx(() -> carts.remove(shopper, candy));
        assertThat(tx(() -> carts.view(shopper)).lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(4));
        tx(() -> {
            carts.clear(shopper);
            return null;
        });
        assertThat(tx(() -> carts.view(shopper)).isEmpty()).isTrue();
        assertThat(rows()).isZero();
    }

    @Test
    void aRefusedChangeLeavesTheStoredCartAsItWas() {
        tx(() -> carts.add(shopper, durian, 5));
        assertThatThrownBy(() -> tx(() -> carts.changeQuantity(shopper, durian, 0))).isInstanceOf(CartRefusal.class);
        assertThatThrownBy(() -> tx(() -> carts.add(shopper, productId("keo-dua-sua"), 1)))
                .isInstanceOfSatisfying(CartRefusal.class, r -> assertThat(r.reason()).isEqualTo(CartRefusal.Reason.OUT_OF_STOCK));
        assertThatThrownBy(() -> tx(() -> carts.add(shopper, 987_654_321L, 1)))
                .isInstanceOfSatisfying(CartRefusal.class, r -> assertThat(r.reason()).isEqualTo(CartRefusal.Reason.NOT_AVAILABLE));
        withdraw(pomelo);
        assertThatThrownBy(() -> tx(() -> carts.add(shopper, pomelo, 1)))
                .isInstanceOfSatisfying(CartRefusal.class, r -> assertThat(r.reason()).isEqualTo(CartRefusal.Reason.NOT_AVAILABLE));
        assertThat(tx(() -> carts.view(shopper)).lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(5));
    }

    @Test
    void onLoginTheSessionCartIsMergedHeldToStock() {
        tx(() -> carts.add(shopper, durian, 30));
        Cart session = new Cart();
        clock.advance(Duration.ofHours(1));
        carts.add(session, durian, 25);
        carts.add(session, pomelo, 2);
        carts.add(session, candy, 1);
        withdraw(candy);

        MergeOutcome outcome = tx(() -> carts.merge(shopper, session));

        assertThat(outcome.moved()).isEqualTo(2);
        assertThat(outcome.clamped()).singleElement().satisfies(held -> {
            assertThat(held.limit()).isEqualTo(CartChange.Limit.STOCK);
            assertThat(held.requested()).isEqualTo(55);
            assertThat(held.quantity()).isEqualTo(40);
        });
        assertThat(outcome.dropped()).containsExactly(candy);
        CartView view = tx(() -> carts.view(shopper));
        assertThat(view.lines()).extracting(CartView.Line::productId, CartView.Line::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(durian, 40), org.assertj.core.groups.Tuple.tuple(pomelo, 2));
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void aPriceChangeSinceAddingShowsUntilTheShopperAcceptsIt() {
        tx(() -> carts.add(shopper, candy, 2));
        db.run(() -> db.em().find(Product.class, candy).reprice(72_000, clock.instant()));

        CartView.Line line = tx(() -> carts.view(shopper)).lines().get(0);
        assertThat(line.priceChanged()).isTrue();
        assertThat(line.priceAddedVnd()).isEqualTo(65_000);
        assertThat(line.priceDifferenceVnd()).isEqualTo(7_000);
        assertThat(line.lineTotalVnd()).isEqualTo(144_000);

        tx(() -> {
            carts.acceptPrices(shopper);
            return null;
        });
        assertThat(tx(() -> carts.view(shopper)).anyPriceChanged()).isFalse();
    }

    @Test
    void stockThatFellBelowTheCartIsFlagged() {
        tx(() -> carts.add(shopper, durian, 10));
        db.run(() -> db.em().find(Product.class, durian).restock(4, clock.instant()));
        CartView view = tx(() -> carts.view(shopper));
        assertThat(view.lines().get(0).exceedsStock()).isTrue();
        assertThat(view.readyForCheckout()).isFalse();
    }

    @Test
    void theDatabaseHoldsOneLinePerProductAndAQuantityInRange() {
        tx(() -> carts.add(shopper, candy, 1));
        assertThatThrownBy(() -> db.run(() -> db.em().createNativeQuery(
                        "insert into cart_line (id, account_id, product_id, quantity, price_added, added_at) values (-1, ?, ?, 1, 1, current_timestamp)")
                .setParameter(1, shopper).setParameter(2, candy).executeUpdate())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> db.run(() -> db.em().createNativeQuery(
                        "insert into cart_line (id, account_id, product_id, quantity, price_added, added_at) values (-2, ?, ?, 1000, 1, current_timestamp)")
                .setParameter(1, shopper).setParameter(2, pomelo).executeUpdate())).isInstanceOf(RuntimeException.class);
        assertThat(rows()).isEqualTo(1);
    }

    private long rows() {
        return ((Number) db.em().createNativeQuery("select count(*) from cart_line").getSingleResult()).longValue();
    }

    private void withdraw(long productId) {
        db.run(() -> db.em().find(Product.class, productId).changeStatus(ProductStatus.WITHDRAWN, clock.instant()));
    }

    private long productId(String slug) {
        return db.em().createQuery("select p.id from Product p where p.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult();
    }

    private <T> T tx(Supplier<T> work) {
        return db.inTransaction(em -> work.get());
    }
}
