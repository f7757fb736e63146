package vn.dacsan.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A business that makes and sells specialty products: enterprise, cooperative or household. */
@Entity
@Table(name = "producer")
public class Producer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private ProducerKind kind;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(name = "legal_representative")
    private String legalRepresentative;
    private String street;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_code")
    private AdminUnit commune;
    private String phone;
    private String email;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProducerStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private int version;

    protected Producer() {
    }

    public Producer(String slug, String name, ProducerKind kind, String registrationNumber,
                    String legalRepresentative, AdminUnit commune, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.registrationNumber = registrationNumber;
        this.legalRepresentative = legalRepresentative;
        this.commune = commune;
        this.createdAt = createdAt;
        this.status = ProducerStatus.PENDING;
    }

    public void verify() {
        status = ProducerStatus.VERIFIED;
    }

    public void contact(String street, String phone, String email, String description) {
        this.street = street;
        this.phone = phone;
        this.email = email;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public ProducerKind getKind() {
        return kind;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getStreet() {
        return street;
    }

    public AdminUnit getCommune() {
        return commune;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getDescription() {
        return description;
    }

    public ProducerStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
