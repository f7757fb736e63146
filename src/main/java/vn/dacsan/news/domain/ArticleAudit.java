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

/**
 * One line of an article's log: who did what, when. Written once and never changed; no actor
 * means the publishing schedule did it.
 */
@Entity
@Table(name = "news_audit")
public class ArticleAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "article_id", updatable = false)
    private long articleId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditAction action;
    @Column(name = "actor_id", updatable = false)
    private Long actorId;
    @Column(name = "actor_name", updatable = false)
    private String actorName;
    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;
    @Column(updatable = false)
    private String detail;

    protected ArticleAudit() {
    }

    public ArticleAudit(long articleId, AuditAction action, Long actorId, String actorName, Instant at, String detail) {
        this.articleId = articleId;
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.occurredAt = at;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public AuditAction getAction() {
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
