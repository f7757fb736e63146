package vn.dacsan.catalog.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A business that makes and sells specialty products: enterprise, cooperative or household.
 * It registers as PENDING; department staff verify it or reject it with a reason, and only a
 * verified producer may offer products.
 */
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
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Version
    private int version;

    @OneToMany(mappedBy = "producer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProducerLicence> licences = new ArrayList<>();

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
        this.submittedAt = createdAt;
        this.status = ProducerStatus.PENDING;
    }

    /** Verified outside the online review (seed data, imports): no staff member is recorded. */
    public void verify() {
        status = ProducerStatus.VERIFIED;
    }

    /** The department's decision that this business is who it says it is. */
    public void verify(long staffAccountId, Instant at) {
        decide(ProducerStatus.VERIFIED, staffAccountId, at, null);
    }

    /** The department refuses the registration; the reason is shown to the business. */
    public void reject(long staffAccountId, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        decide(ProducerStatus.REJECTED, staffAccountId, at, reason.strip());
    }

    private void decide(ProducerStatus decision, long staffAccountId, Instant at, String reason) {
        if (status != ProducerStatus.PENDING) {
            throw new IllegalStateException("Producer " + id + " is " + status + ", not pending");
        }
        status = decision;
        decidedBy = staffAccountId;
        decidedAt = at;
        rejectionReason = reason;
    }

    public boolean isPending() {
        return status == ProducerStatus.PENDING;
    }

    /** Only a verified business may submit products for listing. */
    public boolean canSubmitListings() {
        return status == ProducerStatus.VERIFIED;
    }

    public ProducerLicence addLicence(LicenceKind kind, String number, LocalDate issuedOn, String issuer,
                                      LocalDate validUntil) {
        ProducerLicence licence = new ProducerLicence(this, kind, number, issuedOn, issuer, validUntil);
        licences.add(licence);
        return licence;
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

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** The staff account that decided, if the decision was taken on the platform. */
    public Long getDecidedBy() {
        return decidedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public List<ProducerLicence> getLicences() {
        return Collections.unmodifiableList(licences);
    }

    public int getVersion() {
        return version;
    }
}
