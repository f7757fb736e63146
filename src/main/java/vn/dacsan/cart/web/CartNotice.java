package vn.dacsan.cart.web;

import java.io.Serializable;
import java.util.List;
import vn.dacsan.cart.domain.CartChange;
import vn.dacsan.cart.domain.CartRefusal;

/**
 * A message about the last cart change, kept in the session until the next page shows it
 * (the change is a POST that redirects). {@code problem} when the change was refused or held back.
 */
public record CartNotice(String key, List<Serializable> args, boolean problem) implements Serializable {

    public CartNotice {
        args = List.copyOf(args);
    }

    static CartNotice info(String key, Serializable... args) {
        return new CartNotice(key, List.of(args), false);
    }

    static CartNotice problem(String key, Serializable... args) {
        return new CartNotice(key, List.of(args), true);
    }

    static CartNotice added(CartChange change) {
        return change.clamped() ? held(change) : info("cart.added", change.quantity(), change.unit(), change.productName());
    }

    /** Fewer than asked: says how many the line now has and why. */
    static CartNotice held(CartChange change) {
        return problem("cart.held." + change.limit().name(), change.productName(), change.requested(), change.quantity(), change.unit());
    }

    static CartNotice refused(CartRefusal refusal) {
        return problem(refusal.messageKey());
    }
}
