package vn.dacsan.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of a sub-order: from which state to which, who took it and when, and why. Written
 * once and never changed; a shopper without an account is named by the label alone.
 */
@Entity
@Table(name = "order_transition")
public class OrderTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "sub_order_id", updatable = false)
    private long subOrderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private OrderState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", updatable = false)
    private OrderState toState;
    @Column(name = "actor_id", updatable = false)
    private Long actorId;
    @Column(name = "actor_label", updatable = false)
    private String actorLabel;
    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;
    @Column(updatable = false)
    private String reason;

    protected OrderTransition() {
    }

    public OrderTransition(long subOrderId, OrderState fromState, OrderState toState, Long actorId, String actorLabel,
                           Instant occurredAt, String reason) {
        this.subOrderId = subOrderId;
        this.fromState = fromState;
        this.toState = toState;
        this.actorId = actorId;
        this.actorLabel = actorLabel;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getSubOrderId() {
        return subOrderId;
    }

    public OrderState getFromState() {
        return fromState;
    }

    public OrderState getToState() {
        return toState;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }
}
