package vn.dacsan.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.dacsan.platform.time.Backoff;

/**
 * "This entity changed; bring the search index up to date." Written in the same transaction
 * as the change, removed once the index has it, so the index converges on the database.
 */
@Entity
@Table(name = "search_outbox")
public class SearchOutboxEntry {

    public static final String PRODUCT = "PRODUCT";
    public static final String ARTICLE = "ARTICLE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private long entityId;
    @Column(name = "enqueued_at")
    private Instant enqueuedAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;

    protected SearchOutboxEntry() {
    }

    public SearchOutboxEntry(String entityType, long entityId, Instant now) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.enqueuedAt = now;
        this.nextAttemptAt = now;
    }

    /** Exponential back-off: 1 s, 2 s, 4 s … capped at {@code maxBackoff}. */
    public void failed(String error, Instant now, Duration maxBackoff) {
        attempts++;
        nextAttemptAt = now.plus(Backoff.exponential(Duration.ofSeconds(1), maxBackoff).after(attempts));
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public Instant getEnqueuedAt() {
        return enqueuedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
