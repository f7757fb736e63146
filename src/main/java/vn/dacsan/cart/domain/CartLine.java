package vn.dacsan.cart.domain;

import java.io.Serializable;
import java.time.Instant;

/** One product in a cart: how many, and the unit price the shopper saw when adding it (whole VND). */
public record CartLine(long productId, int quantity, long priceAddedVnd, Instant addedAt) implements Serializable {

    public CartLine {
        if (quantity < Cart.MIN_QUANTITY || quantity > Cart.MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1.." + Cart.MAX_QUANTITY);
        }
        if (priceAddedVnd < 0) {
            throw new IllegalArgumentException("price must not be negative");
        }
    }

    CartLine withQuantity(int newQuantity) {
        return new CartLine(productId, newQuantity, priceAddedVnd, addedAt);
    }

    CartLine withPrice(long newPriceVnd) {
        return new CartLine(productId, quantity, newPriceVnd, addedAt);
    }
}
