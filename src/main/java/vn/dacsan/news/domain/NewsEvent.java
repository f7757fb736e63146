package vn.dacsan.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.dacsan.catalog.domain.AdminUnit;

/**
 * A trade fair or promotion campaign: dates and a place (a commune and/or a venue named in words).
 * Staff may revise it until it is cancelled; a cancelled event is kept for the articles that link it.
 */
@Entity
@Table(name = "news_event")
public class NewsEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    private String slug;
    private String title;
    private String description;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String venue;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_code")
    private AdminUnit commune;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_code")
    private AdminUnit province;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Version
    private long version;

    protected NewsEvent() {
    }

    public NewsEvent(String slug, String title, String description, LocalDate startsOn, LocalDate endsOn,
                     String venue, AdminUnit commune, AdminUnit province, Instant now) {
        this.createdAt = now;
        revise(slug, title, description, startsOn, endsOn, venue, commune, province, now);
    }

    public void revise(String slug, String title, String description, LocalDate startsOn, LocalDate endsOn,
                       String venue, AdminUnit commune, AdminUnit province, Instant now) {
        if (cancelledAt != null) {
            throw new ArticleStateException("cancelled", "A cancelled event can no longer be edited");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.venue = venue;
        this.commune = commune;
        this.province = province;
        this.updatedAt = now;
    }

    public void cancel(Instant now) {
        if (cancelledAt != null) {
            throw new ArticleStateException("cancelled", "This event is already cancelled");
        }
        cancelledAt = now;
        updatedAt = now;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** True when the event runs on at least one day of [from, to]. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !endsOn.isBefore(from) && !startsOn.isAfter(to);
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

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getVenue() {
        return venue;
    }

    public AdminUnit getCommune() {
        return commune;
    }

    public AdminUnit getProvince() {
        return province;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<Instant> getCancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }
}
