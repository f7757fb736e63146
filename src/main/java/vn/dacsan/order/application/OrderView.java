package vn.dacsan.order.application;

import java.time.Instant;
import java.util.List;

/** An order as the shopper, the tracking page and staff read it: every producer's part with its history. */
public record OrderView(long id, String code, Instant placedAt, Delivery delivery, String paymentMethod, String paymentState,
                        Instant paidAt, long totalVnd, List<SubOrderView> subOrders) {

    /** Who receives the parcel and where; names of the places are given beside their codes. */
    public record Delivery(String name, String phone, String email, String provinceCode, String provinceName,
                           String communeCode, String communeName, String street, String note) {
    }

    /** One producer's part: its state, items, and each step taken with who and when. */
    public record SubOrderView(long id, long producerId, String producerName, String state, long subtotalVnd,
                               String cancelReason, List<ItemView> items, List<StepView> history) {
    }

    public record ItemView(long productId, String name, String unit, long unitPriceVnd, int quantity, long lineTotalVnd) {
    }

    public record StepView(String from, String to, String actor, Instant at, String reason) {
    }

    public SubOrderView subOrder(long subOrderId) {
        return subOrders.stream().filter(s -> s.id() == subOrderId).findFirst()
                .orElseThrow(() -> new OrderNotFoundException("No sub-order " + subOrderId + " in order " + code));
    }
}
