package vn.dacsan.order.application;

import java.io.Serializable;
import java.time.Instant;

/** What a producer sees of an order: the delivery, the payment, and only its own part. */
public record SellerOrder(String orderCode, Instant placedAt, OrderView.Delivery delivery, String paymentMethod,
                          String paymentState, OrderView.SubOrderView subOrder) implements Serializable {
}
