package vn.dacsan.order.domain;

import java.util.Set;

/** Where a producer's part of an order stands. Cancelled and delivered are final. */
public enum OrderState {
    PLACED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED;

    /** The states this one may move to: forward one step, or cancelled before shipping. */
    public Set<OrderState> next() {
        return switch (this) {
            case PLACED -> Set.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> Set.of(SHIPPED, CANCELLED);
            case SHIPPED -> Set.of(DELIVERED);
            case DELIVERED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(OrderState target) {
        return next().contains(target);
    }
}
