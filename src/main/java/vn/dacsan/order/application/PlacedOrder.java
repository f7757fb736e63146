package vn.dacsan.order.application;

/** The order a checkout produced; {@code replayed} when the key had already placed it earlier. */
public record PlacedOrder(OrderView order, boolean replayed) {
}
