package vn.dacsan.cart.domain;

import java.util.List;

/**
 * What merging a cart into another did: lines held to the stock or maximum, and lines that
 * could not move (product no longer on sale or out of stock, or the target cart full).
 */
public record MergeOutcome(int moved, List<CartChange> clamped, List<Long> dropped) {

    public MergeOutcome {
        clamped = List.copyOf(clamped);
        dropped = List.copyOf(dropped);
    }

    public boolean isEmpty() {
        return moved == 0 && dropped.isEmpty();
    }
}
