package vn.dacsan.department.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * The department that runs the platform (no parent) or one of its affiliated units: names,
 * contacts and a page about it in Vietnamese and English. Staff edit it; nothing about a
 * particular province lives in code.
 */
@Entity
@Table(name = "department_unit")
public class DepartmentUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    private String slug;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "display_order")
    private int position;
    @Column(name = "name_vi")
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    private String address;
    private String phones;
    private String email;
    private String website;
    @Column(name = "body_vi")
    private String bodyVi;
    @Column(name = "body_en")
    private String bodyEn;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private int version;

    protected DepartmentUnit() {
    }

    public DepartmentUnit(String slug, Long parentId, int position, UnitContent content, Instant now, String by) {
        this.slug = slug;
        this.parentId = parentId;
        this.position = position;
        apply(content, now, by);
    }

    /** Replaces the names, contacts and page text (already checked by {@link UnitContent}). */
    public void apply(UnitContent content, Instant now, String by) {
        nameVi = content.nameVi();
        nameEn = content.nameEn();
        address = content.address();
        phones = content.phones();
        email = content.email();
        website = content.website();
        bodyVi = content.bodyVi();
        bodyEn = content.bodyEn();
        updatedAt = now;
        updatedBy = by;
    }

    public UnitContent content() {
        return new UnitContent(nameVi, nameEn, address, phones, email, website, bodyVi, bodyEn);
    }

    public boolean isDepartment() {
        return parentId == null;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String body(Locale locale) {
        return "en".equals(locale.getLanguage()) ? bodyEn : bodyVi;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
