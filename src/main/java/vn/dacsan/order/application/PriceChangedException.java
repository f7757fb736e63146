package vn.dacsan.order.application;

import java.util.List;

/**
 * A price changed since the shopper saw it (HTTP 409): the order is refused with the new
 * prices, so the page can show them and ask again. Nothing was written.
 */
public class PriceChangedException extends RuntimeException {

    public record PriceChange(long productId, String name, long expectedPriceVnd, long currentPriceVnd) {
    }

    private final List<PriceChange> changes;

    public PriceChangedException(List<PriceChange> changes) {
        super("Prices changed: " + changes.stream().map(c -> c.name() + " now " + c.currentPriceVnd()).toList());
        this.changes = List.copyOf(changes);
    }

    public List<PriceChange> changes() {
        return changes;
    }
}
