package vn.dacsan.listing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of a listing that a business proposes. It is edited while a DRAFT, then
 * submitted with a due date; one member of staff may claim it; a decision approves or rejects
 * it, once. A rejection always carries its reason.
 */
@Entity
@Table(name = "listing_revision")
public class ListingRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "product_id")
    private long productId;
    @Column(name = "producer_id")
    private long producerId;
    @Column(name = "revision_number")
    private int number;
    @Enumerated(EnumType.STRING)
    private RevisionState state;
    @Embedded
    private ListingContent content;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "new_listing")
    private boolean newListing;
    @Column(name = "claimed_by")
    private Long claimedBy;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Version
    private int version;

    protected ListingRevision() {
    }

    public ListingRevision(long productId, long producerId, int number, ListingContent content, long author, Instant at) {
        this.productId = productId;
        this.producerId = producerId;
        this.number = number;
        this.content = content;
        this.createdBy = author;
        this.createdAt = at;
        this.state = RevisionState.DRAFT;
    }

    public void edit(ListingContent newContent) {
        requireState(RevisionState.DRAFT, "edited");
        content = newContent;
    }

    /** Sends the draft for review; {@code newListing} when shoppers have never seen the listing. */
    public void submit(Instant at, LocalDate due, boolean newListing) {
        requireState(RevisionState.DRAFT, "submitted");
        this.newListing = newListing;
        state = RevisionState.SUBMITTED;
        submittedAt = at;
        dueOn = due;
    }

    /** Takes the review on; a reviewer may take over an item nobody holds, or one they hold. */
    public void claim(long reviewer, Instant at) {
        requireState(RevisionState.SUBMITTED, "claimed");
        if (claimedBy != null && claimedBy != reviewer) {
            throw new ListingStateException("claimed", "This submission is being reviewed by someone else");
        }
        claimedBy = reviewer;
        claimedAt = at;
    }

    public void release(long reviewer) {
        requireState(RevisionState.SUBMITTED, "released");
        if (claimedBy == null || claimedBy != reviewer) {
            throw new ListingStateException("not-claimed", "Only the reviewer who claimed a submission can release it");
        }
        claimedBy = null;
        claimedAt = null;
    }

    public void approve(long reviewer, Instant at, String note) {
        decide(RevisionState.APPROVED, reviewer, at, note);
    }

    public void reject(long reviewer, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        decide(RevisionState.REJECTED, reviewer, at, reason);
    }

    private void decide(RevisionState outcome, long reviewer, Instant at, String reason) {
        requireState(RevisionState.SUBMITTED, outcome == RevisionState.APPROVED ? "approved" : "rejected");
        if (claimedBy != null && claimedBy != reviewer) {
            throw new ListingStateException("claimed", "This submission is being reviewed by someone else");
        }
        state = outcome;
        decidedBy = reviewer;
        decidedAt = at;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        claimedBy = null;
        claimedAt = null;
    }

    /** A draft the business no longer wants (for example when the listing is withdrawn). */
    public void discard() {
        requireState(RevisionState.DRAFT, "discarded");
        state = RevisionState.DISCARDED;
    }

    public boolean isOverdueOn(LocalDate today) {
        return state == RevisionState.SUBMITTED && dueOn != null && today.isAfter(dueOn);
    }

    private void requireState(RevisionState expected, String action) {
        if (state != expected) {
            throw new ListingStateException("revision-" + state.name().toLowerCase(),
                    "Revision " + number + " is " + state.name().toLowerCase() + " and cannot be " + action);
        }
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

    public int getNumber() {
        return number;
    }

    public RevisionState getState() {
        return state;
    }

    public ListingContent getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<LocalDate> getDueOn() {
        return Optional.ofNullable(dueOn);
    }

    public Optional<Long> getClaimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<Long> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> getDecisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public boolean isNewListing() {
        return newListing;
    }

    public int getVersion() {
        return version;
    }
}
