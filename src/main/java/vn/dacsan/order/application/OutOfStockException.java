package vn.dacsan.order.application;

import java.util.List;

/** Some products lack the stock asked for (HTTP 409); no stock was taken and no order written. */
public class OutOfStockException extends RuntimeException {

    /** A product that cannot be sold in the quantity asked: how many are left now. */
    public record Shortage(long productId, String name, int requested, int available) {
    }

    private final List<Shortage> shortages;

    public OutOfStockException(List<Shortage> shortages) {
        super("Not enough stock for " + shortages.stream().map(s -> s.name() + " (" + s.available() + " left)").toList());
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
