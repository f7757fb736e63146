package vn.dacsan.cart.domain;

/**
 * A product as the cart sees it now: whether it is on sale, its current price and stock, and
 * what the cart page shows of it and its producer. {@code image} may be null.
 */
public record ProductOffer(long productId, String slug, String name, String unit, String image, long priceVnd, int stock,
                           boolean live, long producerId, String producerSlug, String producerName) {
}
