package vn.dacsan.order.application;

import java.util.List;
import vn.dacsan.order.domain.OrderState;

/**
 * Fired inside the transaction when an order is placed, a sub-order moves or a transfer is marked
 * paid, so notices and emails can follow (observe with {@code during = AFTER_SUCCESS} to speak only
 * of what was committed). {@code subOrderId}, {@code from} and {@code to} are null for order-wide news;
 * {@code actor} is the name of who made the change and {@code by} their side.
 */
public record OrderNews(Kind kind, long orderId, String orderCode, Long subOrderId, List<Long> producerIds,
                        OrderState from, OrderState to, String actor, Party by, String reason) {

    public enum Kind {
        PLACED, MOVED, PAID
    }

    /** Who made the change: the buyer, the producer of the part, or department staff. */
    public enum Party {
        SHOPPER, PRODUCER, STAFF
    }
}
