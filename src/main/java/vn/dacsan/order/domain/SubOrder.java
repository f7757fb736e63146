package vn.dacsan.order.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One producer's part of an order, fulfilled and cancelled on its own. */
@Entity
@Table(name = "sub_order")
public class SubOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;
    @Column(name = "producer_id", updatable = false)
    private long producerId;
    @Enumerated(EnumType.STRING)
    private OrderState state;
    @Column(name = "subtotal_vnd")
    private long subtotalVnd;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private int version;

    @OneToMany(mappedBy = "subOrder", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderItem> items = new ArrayList<>();

    protected SubOrder() {
    }

    SubOrder(CustomerOrder order, long producerId, Instant at) {
        this.order = order;
        this.producerId = producerId;
        this.state = OrderState.PLACED;
        this.updatedAt = at;
    }

    public OrderItem addItem(long productId, String productName, String unit, long unitPriceVnd, int quantity) {
        OrderItem item = new OrderItem(this, productId, productName, unit, unitPriceVnd, quantity);
        items.add(item);
        subtotalVnd += item.getLineTotalVnd();
        return item;
    }

    /**
     * Moves to {@code target} if the lifecycle allows it; returns the state it left. A
     * cancellation needs its reason.
     */
    public OrderState moveTo(OrderState target, String reason, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new OrderStateException(refusal(target), "This part of the order is " + state
                    + " and cannot become " + target);
        }
        if (target == OrderState.CANCELLED) {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a cancellation needs its reason");
            }
            cancelReason = reason;
        }
        OrderState from = state;
        state = target;
        updatedAt = at;
        return from;
    }

    private String refusal(OrderState target) {
        return switch (state) {
            case CANCELLED -> "already-cancelled";
            case DELIVERED -> "already-delivered";
            case SHIPPED -> target == OrderState.CANCELLED ? "already-shipped" : "wrong-step";
            default -> state == target ? "already-" + target.name().toLowerCase(java.util.Locale.ROOT) : "wrong-step";
        };
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public long getProducerId() {
        return producerId;
    }

    public OrderState getState() {
        return state;
    }

    public long getSubtotalVnd() {
        return subtotalVnd;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<OrderItem> getItems() {
        return items;
    }
}
