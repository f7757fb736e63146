package vn.dacsan.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A group or sub-group of an OCOP taxonomy version (2019: Decision 1048/QĐ-TTg,
 * 2023: Decision 148/QĐ-TTg). Codes look like "2023.thuc-pham.che-bien".
 */
@Entity
@Table(name = "ocop_group")
public class OcopGroup {

    @Id
    private String code;
    @Column(name = "taxonomy_code")
    private String taxonomy;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private OcopGroup parent;
    private String slug;
    @Column(name = "name_vi")
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    private int position;

    protected OcopGroup() {
    }

    public OcopGroup(String code, String taxonomy, OcopGroup parent, String slug, String nameVi, String nameEn, int position) {
        this.code = code;
        this.taxonomy = taxonomy;
        this.parent = parent;
        this.slug = slug;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getTaxonomy() {
        return taxonomy;
    }

    public OcopGroup getParent() {
        return parent;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }

    /** The top-level group (itself when it has no parent). */
    public OcopGroup topLevel() {
        return parent == null ? this : parent.topLevel();
    }
}
