package vn.dacsan.cart.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cart's rules: adding up, holding to stock and maximum (and saying so), the line limit, merging. */
class CartTest {

    private static final Instant MORNING = Instant.parse("2026-11-27T03:00:00Z");
    private static final Instant NOON = Instant.parse("2026-11-27T05:00:00Z");

    static ProductOffer offer(long id, long price, int stock) {
        return new ProductOffer(id, "san-pham-" + id, "Sản phẩm " + id, "hộp", null, price, stock, true, 1, "co-so", "Cơ sở");
    }

    static ProductOffer notLive(long id) {
        return new ProductOffer(id, "san-pham-" + id, "Sản phẩm " + id, "hộp", null, 10_000, 50, false, 1, "co-so", "Cơ sở");
    }

    private final Cart cart = new Cart();

    @Test
    void addingTheSameProductAddsUp() {
        cart.add(offer(1, 65_000, 240), 2, MORNING);
        CartChange change = cart.add(offer(1, 65_000, 240), 3, NOON);
        assertThat(change.clamped()).isFalse();
        assertThat(cart.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(5);
            assertThat(line.addedAt()).isEqualTo(MORNING);
        });
        assertThat(cart.itemCount()).isEqualTo(5);
    }

    @Test
    void aQuantityAboveTheStockIsHeldToTheStockAndSaysSo() {
        cart.add(offer(1, 65_000, 6), 4, MORNING);
        CartChange change = cart.add(offer(1, 65_000, 6), 4, NOON);
        assertThat(change.limit()).isEqualTo(CartChange.Limit.STOCK);
        assertThat(change.requested()).isEqualTo(8);
        assertThat(change.quantity()).isEqualTo(6);
        assertThat(cart.find(1).orElseThrow().quantity()).isEqualTo(6);
    }

    @Test
    void aLineHoldsAtMost999() {
        cart.add(offer(1, 1_000, 5_000), 999, MORNING);
        CartChange change = cart.add(offer(1, 1_000, 5_000), 5, NOON);
        assertThat(change.limit()).isEqualTo(CartChange.Limit.MAXIMUM);
        assertThat(cart.find(1).orElseThrow().quantity()).isEqualTo(999);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1000, Integer.MIN_VALUE})
    void aQuantityOutOfRangeIsRefusedAndChangesNothing(int quantity) {
        cart.add(offer(1, 1_000, 50), 2, MORNING);
        assertRefused(() -> cart.add(offer(1, 1_000, 50), quantity, NOON), CartRefusal.Reason.QUANTITY_OUT_OF_RANGE);
        assertRefused(() -> cart.changeQuantity(offer(1, 1_000, 50), quantity), CartRefusal.Reason.QUANTITY_OUT_OF_RANGE);
        assertThat(cart.find(1).orElseThrow().quantity()).isEqualTo(2);
    }

    @Test
    void onlyLiveProductsInStockCanBeAdded() {
        assertRefused(() -> cart.add(notLive(1), 1, MORNING), CartRefusal.Reason.NOT_AVAILABLE);
        assertRefused(() -> cart.add(offer(2, 40_000, 0), 1, MORNING), CartRefusal.Reason.OUT_OF_STOCK);
        assertThat(cart.isEmpty()).isTrue();
    }

    @Test
    void theFiftyFirstProductIsRefusedButMoreOfOneAlreadyThereIsNot() {
        LongStream.rangeClosed(1, 50).forEach(id -> cart.add(offer(id, 1_000, 10), 1, MORNING));
        assertRefused(() -> cart.add(offer(51, 1_000, 10), 1, NOON), CartRefusal.Reason.TOO_MANY_LINES);
        cart.add(offer(50, 1_000, 10), 1, NOON);
        assertThat(cart.lines()).hasSize(50);
        assertThat(cart.find(50).orElseThrow().quantity()).isEqualTo(2);
    }

    @Test
    void changingAQuantityIsHeldToStockAndKeepsThePriceSeen() {
        cart.add(offer(1, 65_000, 10), 1, MORNING);
        CartChange change = cart.changeQuantity(offer(1, 70_000, 10), 25);
        assertThat(change.limit()).isEqualTo(CartChange.Limit.STOCK);
        assertThat(cart.find(1).orElseThrow()).extracting(CartLine::quantity, CartLine::priceAddedVnd).containsExactly(10, 65_000L);
        assertRefused(() -> cart.changeQuantity(offer(2, 1_000, 10), 1), CartRefusal.Reason.NOT_IN_CART);
    }

    @Test
    void addingAgainTakesTodaysPriceAsThePriceSeen() {
        cart.add(offer(1, 65_000, 10), 1, MORNING);
        cart.add(offer(1, 70_000, 10), 1, NOON);
        assertThat(cart.find(1).orElseThrow().priceAddedVnd()).isEqualTo(70_000);
    }

    @Test
    void removeAndClear() {
        cart.add(offer(1, 1_000, 10), 1, MORNING);
        cart.add(offer(2, 1_000, 10), 1, MORNING);
        assertThat(cart.remove(1)).isTrue();
        assertThat(cart.remove(1)).isFalse();
        assertThat(cart.lines()).extracting(CartLine::productId).containsExactly(2L);
        cart.clear();
        assertThat(cart.isEmpty()).isTrue();
    }

    @Test
    void mergingAddsUpHoldsToStockAndDropsWhatIsNoLongerForSale() {
        cart.add(offer(1, 65_000, 6), 4, NOON);
        Cart session = new Cart();
        session.add(offer(1, 60_000, 6), 5, MORNING);
        session.add(offer(2, 30_000, 100), 2, MORNING);
        session.add(offer(3, 30_000, 100), 1, MORNING);
        session.add(offer(4, 30_000, 100), 1, MORNING);
        Map<Long, ProductOffer> today = offers(offer(1, 65_000, 6), offer(2, 30_000, 100), notLive(3), offer(4, 30_000, 0));

        MergeOutcome outcome = cart.merge(session, today);

        assertThat(outcome.moved()).isEqualTo(2);
        assertThat(outcome.clamped()).singleElement().satisfies(c -> {
            assertThat(c.productId()).isEqualTo(1);
            assertThat(c.requested()).isEqualTo(9);
            assertThat(c.quantity()).isEqualTo(6);
        });
        assertThat(outcome.dropped()).containsExactly(3L, 4L);
        CartLine candy = cart.find(1).orElseThrow();
        assertThat(candy.quantity()).isEqualTo(6);
        assertThat(candy.priceAddedVnd()).as("the account's line keeps its price seen").isEqualTo(65_000);
        assertThat(candy.addedAt()).as("the earlier date").isEqualTo(MORNING);
        assertThat(cart.find(2).orElseThrow()).extracting(CartLine::quantity, CartLine::priceAddedVnd).containsExactly(2, 30_000L);
    }

    @Test
    void mergingIntoAFullCartDropsNewProducts() {
        LongStream.rangeClosed(1, 50).forEach(id -> cart.add(offer(id, 1_000, 10), 1, MORNING));
        Cart session = new Cart();
        session.add(offer(60, 1_000, 10), 1, NOON);
        session.add(offer(1, 1_000, 10), 1, NOON);
        MergeOutcome outcome = cart.merge(session, offers(offer(60, 1_000, 10), offer(1, 1_000, 10)));
        assertThat(outcome.dropped()).containsExactly(60L);
        assertThat(cart.find(1).orElseThrow().quantity()).isEqualTo(2);
    }

    @Test
    void acceptingPricesMakesTodaysPriceThePriceSeen() {
        cart.add(offer(1, 65_000, 10), 1, MORNING);
        cart.acceptPrices(offers(offer(1, 72_000, 10)));
        assertThat(cart.find(1).orElseThrow().priceAddedVnd()).isEqualTo(72_000);
    }

    @Test
    void aCartSurvivesSerialisationForTheSession() throws Exception {
        cart.add(offer(1, 65_000, 10), 3, MORNING);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cart);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Cart copy = (Cart) in.readObject();
            assertThat(copy.lines()).isEqualTo(cart.lines());
        }
        assertThat(bytes.size()).as("small enough to replicate").isLessThan(1_000);
    }

    static Map<Long, ProductOffer> offers(ProductOffer... offers) {
        return Stream.of(offers).collect(Collectors.toMap(ProductOffer::productId, Function.identity()));
    }

    private static void assertRefused(Runnable change, CartRefusal.Reason reason) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(CartRefusal.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }
}
