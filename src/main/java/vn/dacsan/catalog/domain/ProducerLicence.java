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
import java.time.LocalDate;

/**
 * A licence a producer holds (number, date, issuer), such as the certificate that its premises
 * meet food-safety conditions. Sellers of conditional goods must show these (Decree 52/2013).
 */
@Entity
@Table(name = "producer_licence")
public class ProducerLicence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;
    @Enumerated(EnumType.STRING)
    private LicenceKind kind;
    @Column(name = "licence_number")
    private String number;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    private String issuer;
    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected ProducerLicence() {
    }

    ProducerLicence(Producer producer, LicenceKind kind, String number, LocalDate issuedOn, String issuer,
                    LocalDate validUntil) {
        if (validUntil != null && validUntil.isBefore(issuedOn)) {
            throw new IllegalArgumentException("A licence cannot end before it was issued");
        }
        this.producer = producer;
        this.kind = kind;
        this.number = number;
        this.issuedOn = issuedOn;
        this.issuer = issuer;
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public Producer getProducer() {
        return producer;
    }

    public LicenceKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    /** Empty for a licence without an end date. */
    public LocalDate getValidUntil() {
        return validUntil;
    }
}
