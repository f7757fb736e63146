package vn.dacsan.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A province, commune or ward. Units abolished by a merger stay as history rows pointing
 * at their successor, so an old address or certificate issuer keeps its name.
 */
@Entity
@Table(name = "admin_unit")
public class AdminUnit {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level")
    private AdminLevel level;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private AdminUnit parent;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_code")
    private AdminUnit successor;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;

    protected AdminUnit() {
    }

    public AdminUnit(String code, String name, AdminLevel level, AdminUnit parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
    }

    /** A history row: a unit that was merged into {@code successor} and ended on {@code validTo}. */
    public static AdminUnit former(String code, String name, AdminLevel level, AdminUnit successor, LocalDate validTo) {
        AdminUnit unit = new AdminUnit(code, name, level, null);
        unit.successor = successor;
        unit.validTo = validTo;
        return unit;
    }

    /** Corrects the name (the official list spelled it differently); the code stays. */
    public void rename(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AdminLevel getLevel() {
        return level;
    }

    public AdminUnit getParent() {
        return parent;
    }

    public AdminUnit getSuccessor() {
        return successor;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** The province a commune belongs to (itself for a province). */
    public AdminUnit province() {
        return level == AdminLevel.PROVINCE || parent == null ? this : parent.province();
    }
}
