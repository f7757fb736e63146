package vn.dacsan.catalog.application;

/** A product as a small card in a list. {@code stars} is null without a valid certificate. */
public record ProductCard(long id, String slug, String name, long priceVnd, String unit, Integer stars, String image) {
}
