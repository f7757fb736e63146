package vn.dacsan.order.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An order as the shopper, the tracking page and staff read it: every producer's part with its history.
 * Serializable: the confirmation page gets it through the flash, and the tracking page keeps it in
 * its view, both in the session that other instances of a cluster take over.
 */
public record OrderView(long id, String code, Instant placedAt, Delivery delivery, String paymentMethod, String paymentState,
                        Instant paidAt, long totalVnd, List<SubOrderView> subOrders) implements Serializable {

    /** Who receives the parcel and where; names of the places are given beside their codes. */
    public record Delivery(String name, String phone, String email, String provinceCode, String provinceName,
                           String communeCode, String communeName, String street, String note) implements Serializable {
    }

    /** One producer's part: its state, items, and each step taken with who and when. */
    public record SubOrderView(long id, long producerId, String producerName, String state, long subtotalVnd,
                               String cancelReason, List<ItemView> items, List<StepView> history) implements Serializable {
    }

    public record ItemView(long productId, String name, String unit, long unitPriceVnd, int quantity, long lineTotalVnd) implements Serializable {
    }

    public record StepView(String from, String to, String actor, Instant at, String reason) implements Serializable {
    }

    public SubOrderView subOrder(long subOrderId) {
        return subOrders.stream().filter(s -> s.id() == subOrderId).findFirst()
                .orElseThrow(() -> new OrderNotFoundException("No sub-order " + subOrderId + " in order " + code));
    }
}
