package vn.dacsan.department.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One published version of the platform's operating rules ("quy chế hoạt động"). Versions are
 * only ever added, never changed: what shoppers and sellers agreed to on a date stays readable.
 */
@Entity
@Table(name = "rules_version")
public class RulesVersion {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "effective_on", updatable = false)
    private LocalDate effectiveOn;
    @Column(name = "title_vi", updatable = false)
    private String titleVi;
    @Column(name = "title_en", updatable = false)
    private String titleEn;
    @Column(name = "body_vi", updatable = false)
    private String bodyVi;
    @Column(name = "body_en", updatable = false)
    private String bodyEn;
    @Column(name = "published_at", updatable = false)
    private Instant publishedAt;
    @Column(name = "published_by", updatable = false)
    private String publishedBy;

    protected RulesVersion() {
    }

    public RulesVersion(LocalDate effectiveOn, String titleVi, String titleEn, String bodyVi, String bodyEn,
                        Instant publishedAt, String publishedBy) {
        this.effectiveOn = effectiveOn;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.bodyVi = bodyVi;
        this.bodyEn = bodyEn;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public boolean isInForceOn(LocalDate day) {
        return !effectiveOn.isAfter(day);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }

    public String body(Locale locale) {
        return "en".equals(locale.getLanguage()) ? bodyEn : bodyVi;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getBodyVi() {
        return bodyVi;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
