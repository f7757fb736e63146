package vn.dacsan.listing.domain;

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
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a listing's log: who did what, when, to which revision, and why. Written once
 * and never changed; the actor's name is copied so the log reads the same after a rename.
 */
@Entity
@Table(name = "listing_event")
public class ListingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "product_id", updatable = false)
    private long productId;
    @Column(name = "producer_id", updatable = false)
    private long producerId;
    @Column(name = "revision_id", updatable = false)
    private Long revisionId;
    @Column(name = "revision_number", updatable = false)
    private Integer revisionNumber;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ListingAction action;
    @Column(name = "actor_id", updatable = false)
    private long actorId;
    @Column(name = "actor_name", updatable = false)
    private String actorName;
    @Column(name = "actor_role", updatable = false)
    private String actorRole;
    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;
    @Column(updatable = false)
    private String reason;
    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    protected ListingEvent() {
    }

    public ListingEvent(long productId, long producerId, ListingRevision revision, ListingAction action,
                        long actorId, String actorName, String actorRole, Instant at, String reason) {
        this.productId = productId;
        this.producerId = producerId;
        this.revisionId = revision == null ? null : revision.getId();
        this.revisionNumber = revision == null ? null : revision.getNumber();
        this.dueOn = revision == null ? null : revision.getDueOn().orElse(null);
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.occurredAt = at;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getProductId() {
        return productId;
    }

    public long getProducerId() {
        return producerId;
    }

    public Optional<Long> getRevisionId() {
        return Optional.ofNullable(revisionId);
    }

    public Optional<Integer> getRevisionNumber() {
        return Optional.ofNullable(revisionNumber);
    }

    public ListingAction getAction() {
        return action;
    }

    public long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<LocalDate> getDueOn() {
        return Optional.ofNullable(dueOn);
    }
}
