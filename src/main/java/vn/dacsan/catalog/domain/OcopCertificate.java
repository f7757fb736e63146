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
import java.util.Optional;

/**
 * An OCOP certification decision for a product. Valid for 36 months from signing; the holder
 * is warned 30 days before expiry; the star badge shows only while it is valid.
 */
@Entity
@Table(name = "ocop_certificate")
public class OcopCertificate {

    public static final int VALIDITY_MONTHS = 36;
    public static final int EXPIRY_NOTICE_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;
    private int stars;
    private Integer score;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    private String issuer;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_code")
    private OcopGroup group;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    private CertificateStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "scan_key")
    private String scanKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "watched_state")
    private CertificateState watchedState;
    @Column(name = "revocation_reference")
    private String revocationReference;

    protected OcopCertificate() {
    }

    OcopCertificate(Product product, int stars, Integer score, String decisionNumber, LocalDate decisionDate,
                    String issuer, OcopGroup group) {
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("OCOP certificates carry 3 to 5 stars, not " + stars);
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("OCOP scores run from 0 to 100, not " + score);
        }
        this.product = product;
        this.stars = stars;
        this.score = score;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.issuer = issuer;
        this.group = group;
        this.validUntil = decisionDate.plusMonths(VALIDITY_MONTHS);
        this.status = CertificateStatus.VALID;
    }

    /** Stars that a score of 0–100 earns (3★ 50–69, 4★ 70–89, 5★ 90–100); 0 below 50. */
    public static int starsForScore(int score) {
        if (score >= 90) {
            return 5;
        }
        if (score >= 70) {
            return 4;
        }
        return score >= 50 ? 3 : 0;
    }

    public CertificateState stateOn(LocalDate day) {
        if (status == CertificateStatus.REVOKED) {
            return CertificateState.REVOKED;
        }
        if (status == CertificateStatus.SUPERSEDED) {
            return CertificateState.SUPERSEDED;
        }
        if (day.isBefore(decisionDate) || day.isAfter(validUntil)) {
            return CertificateState.EXPIRED;
        }
        return day.isAfter(validUntil.minusDays(EXPIRY_NOTICE_DAYS)) ? CertificateState.EXPIRING : CertificateState.VALID;
    }

    public void revoke(String reason) {
        status = CertificateStatus.REVOKED;
        statusReason = reason;
    }

    /** Revoked by a decision of the issuing authority, cited by its reference (e.g. "215/QĐ-UBND"). */
    public void revoke(String decisionReference, String reason) {
        if (status == CertificateStatus.REVOKED) {
            throw new IllegalStateException("The certificate is already revoked");
        }
        revoke(reason);
        revocationReference = decisionReference;
    }

    /**
     * Notes the state the certificate is in on {@code day}; true when it differs from what was
     * last noted, i.e. when the change is news (EXPIRING, EXPIRED).
     */
    public boolean watch(LocalDate day) {
        CertificateState now = stateOn(day);
        if (now == watchedState) {
            return false;
        }
        boolean first = watchedState == null && now == CertificateState.VALID;
        watchedState = now;
        return !first;
    }

    public Optional<CertificateState> getWatchedState() {
        return Optional.ofNullable(watchedState);
    }

    public Optional<String> getRevocationReference() {
        return Optional.ofNullable(revocationReference);
    }

    /** The stored scan of the signed decision, if the business uploaded one. */
    public void attachScan(String storageKey) {
        scanKey = storageKey;
    }

    public Optional<String> getScanKey() {
        return Optional.ofNullable(scanKey);
    }

    void supersede() {
        status = CertificateStatus.SUPERSEDED;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public int getStars() {
        return stars;
    }

    public Integer getScore() {
        return score;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getIssuer() {
        return issuer;
    }

    public OcopGroup getGroup() {
        return group;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }
}
