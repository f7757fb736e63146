package vn.dacsan.news.domain;

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

/** One line of an event's log: which member of staff created, revised or cancelled it, when. Never changed. */
@Entity
@Table(name = "news_event_audit")
public class EventAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "event_id", updatable = false)
    private long eventId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private EventChange action;
    @Column(name = "actor_id", updatable = false)
    private Long actorId;
    @Column(name = "actor_name", updatable = false)
    private String actorName;
    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;
    @Column(updatable = false)
    private String detail;

    protected EventAudit() {
    }

    public EventAudit(long eventId, EventChange action, Long actorId, String actorName, Instant at, String detail) {
        this.eventId = eventId;
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.occurredAt = at;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public EventChange getAction() {
        return action;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }
}
