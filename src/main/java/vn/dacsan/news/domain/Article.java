package vn.dacsan.news.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trade-promotion article. Draft, then scheduled for a moment or published at once, later
 * archived; an archived article is kept but no longer shown or edited.
 */
@Entity
@Table(name = "news_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    private String slug;
    private String title;
    private String summary;
    private String body;
    @Column(name = "cover_key")
    private String coverKey;
    @Enumerated(EnumType.STRING)
    private ArticleState state;
    @Column(name = "publish_at")
    private Instant publishAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "news_article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "news_article_product", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "product_id")
    private Set<Long> productIds = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "news_article_producer", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "producer_id")
    private Set<Long> producerIds = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "news_article_event", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "event_id")
    private Set<Long> eventIds = new HashSet<>();

    protected Article() {
    }

    public Article(ArticleContent content, Instant now) {
        this.state = ArticleState.DRAFT;
        this.createdAt = now;
        revise(content, now);
    }

    public void revise(ArticleContent content, Instant now) {
        if (state == ArticleState.ARCHIVED) {
            throw new ArticleStateException("archived", "An archived article can no longer be edited");
        }
        slug = content.slug();
        title = content.title();
        summary = content.summary();
        body = content.body();
        coverKey = content.coverKey();
        replace(tags, content.tags());
        replace(productIds, content.productIds());
        replace(producerIds, content.producerIds());
        replace(eventIds, content.eventIds());
        updatedAt = now;
    }

    /** Publishes at {@code at}, which must lie in the future; a draft or a scheduled article may be (re)scheduled. */
    public void schedule(Instant at, Instant now) {
        if (state != ArticleState.DRAFT && state != ArticleState.SCHEDULED) {
            throw new ArticleStateException("not-draft", "Only a draft or a scheduled article can be scheduled; this one is " + state);
        }
        if (!at.isAfter(now)) {
            throw new IllegalArgumentException("publish time must be in the future");
        }
        state = ArticleState.SCHEDULED;
        publishAt = at;
        updatedAt = now;
    }

    public void publish(Instant now) {
        if (state != ArticleState.DRAFT && state != ArticleState.SCHEDULED) {
            throw new ArticleStateException("not-publishable", "Only a draft or a scheduled article can be published; this one is " + state);
        }
        state = ArticleState.PUBLISHED;
        publishedAt = now;
        publishAt = null;
        updatedAt = now;
    }

    public void archive(Instant now) {
        if (state == ArticleState.ARCHIVED) {
            throw new ArticleStateException("archived", "This article is already archived");
        }
        state = ArticleState.ARCHIVED;
        publishAt = null;
        updatedAt = now;
    }

    /** A scheduled article whose moment has come. */
    public boolean isDue(Instant now) {
        return state == ArticleState.SCHEDULED && publishAt != null && !publishAt.isAfter(now);
    }

    public boolean isPublished() {
        return state == ArticleState.PUBLISHED;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Optional<String> getCoverKey() {
        return Optional.ofNullable(coverKey);
    }

    public ArticleState getState() {
        return state;
    }

    public Optional<Instant> getPublishAt() {
        return Optional.ofNullable(publishAt);
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getTags() {
        return new TreeSet<>(tags);
    }

    public Set<Long> getProductIds() {
        return Set.copyOf(productIds);
    }

    public Set<Long> getProducerIds() {
        return Set.copyOf(producerIds);
    }

    public Set<Long> getEventIds() {
        return Set.copyOf(eventIds);
    }
}
