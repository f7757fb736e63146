package vn.dacsan.cart.domain;

/**
 * What a change did to one line: the quantity asked for and the quantity the line now has.
 * They differ when the line was held to the stock or to the per-line maximum, which the
 * shopper must be told.
 */
public record CartChange(long productId, String productName, String unit, int requested, int quantity, Limit limit) {

    /** What held the quantity back, if anything. */
    public enum Limit {
        NONE, STOCK, MAXIMUM
    }

    public boolean clamped() {
        return limit != Limit.NONE;
    }
}
