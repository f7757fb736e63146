package vn.dacsan.cart.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cart as shown: groups per producer, price changes since adding, stock, products no longer for sale. */
class CartViewTest {

    private static final Instant MORNING = Instant.parse("2026-11-27T03:00:00Z");

    private static ProductOffer product(long id, long producer, long price, int stock, boolean live) {
        return new ProductOffer(id, "p-" + id, "Sản phẩm " + id, "hộp", "/media/p-" + id + ".webp", price, stock, live,
                producer, "nsx-" + producer, "Nhà sản xuất " + producer);
    }

    @Test
    void linesAreGroupedByProducerInTheOrderAdded() {
        List<CartLine> lines = List.of(new CartLine(1, 2, 65_000, MORNING), new CartLine(2, 1, 30_000, MORNING),
                new CartLine(3, 3, 10_000, MORNING));
        CartView view = CartView.of(lines, Map.of(1L, product(1, 10, 65_000, 100, true), 2L, product(2, 20, 30_000, 100, true),
                3L, product(3, 10, 10_000, 100, true)));

        assertThat(view.groups()).extracting(CartView.ProducerGroup::producerName).containsExactly("Nhà sản xuất 10", "Nhà sản xuất 20");
        assertThat(view.groups().get(0).lines()).extracting(CartView.Line::productId).containsExactly(1L, 3L);
        assertThat(view.groups().get(0).subtotalVnd()).isEqualTo(2 * 65_000 + 3 * 10_000);
        assertThat(view.groups().get(1).subtotalVnd()).isEqualTo(30_000);
        assertThat(view.totalVnd()).isEqualTo(190_000);
        assertThat(view.itemCount()).isEqualTo(6);
        assertThat(view.readyForCheckout()).isTrue();
    }

    @Test
    void aPriceChangeSinceAddingIsShownAndTheTotalUsesTodaysPrice() {
        CartView view = CartView.of(List.of(new CartLine(1, 2, 65_000, MORNING), new CartLine(2, 1, 30_000, MORNING)),
                Map.of(1L, product(1, 10, 70_000, 100, true), 2L, product(2, 10, 30_000, 100, true)));
        CartView.Line dearer = view.lines().get(0);
        assertThat(dearer.priceChanged()).isTrue();
        assertThat(dearer.priceDifferenceVnd()).isEqualTo(5_000);
        assertThat(dearer.lineTotalVnd()).isEqualTo(140_000);
        assertThat(view.lines().get(1).priceChanged()).isFalse();
        assertThat(view.anyPriceChanged()).isTrue();
        assertThat(view.totalVnd()).isEqualTo(170_000);
    }

    @Test
    void stockBelowTheQuantityAndProductsNoLongerForSaleBlockCheckout() {
        CartView lowStock = CartView.of(List.of(new CartLine(1, 5, 65_000, MORNING)), Map.of(1L, product(1, 10, 65_000, 3, true)));
        assertThat(lowStock.lines().get(0).exceedsStock()).isTrue();
        assertThat(lowStock.lines().get(0).maxQuantity()).isEqualTo(3);
        assertThat(lowStock.anyExceedsStock()).isTrue();
        assertThat(lowStock.readyForCheckout()).isFalse();

        CartView withdrawn = CartView.of(List.of(new CartLine(1, 1, 65_000, MORNING), new CartLine(2, 2, 30_000, MORNING)),
                Map.of(1L, product(1, 10, 65_000, 10, false), 2L, product(2, 10, 30_000, 10, true)));
        assertThat(withdrawn.lines().get(0).available()).isFalse();
        assertThat(withdrawn.anyUnavailable()).isTrue();
        assertThat(withdrawn.totalVnd()).as("only what can be bought counts").isEqualTo(60_000);
        assertThat(withdrawn.readyForCheckout()).isFalse();
    }

    @Test
    void anEmptyCartCannotCheckOut() {
        assertThat(CartView.of(List.of(), Map.of()).isEmpty()).isTrue();
        assertThat(CartView.EMPTY.readyForCheckout()).isFalse();
    }
}
