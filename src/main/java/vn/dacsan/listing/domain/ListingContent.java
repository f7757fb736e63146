package vn.dacsan.listing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a business says about a product that needs the department's review: its text, unit,
 * OCOP group, origin, certificate and pictures. Price and stock are not here: they change at
 * once, without review. Places and groups are held by code; pictures by storage key, in order.
 */
@Embeddable
public class ListingContent implements Serializable {

    public static final int MAX_IMAGES = 8;

    private String name;
    private String description;
    private String unit;
    @Column(name = "group_code")
    private String groupCode;
    @Column(name = "origin_commune_code")
    private String originCode;
    @Column(name = "cert_stars")
    private Integer certificateStars;
    @Column(name = "cert_decision_number")
    private String certificateNumber;
    @Column(name = "cert_decision_date")
    private LocalDate certificateDate;
    @Column(name = "cert_issuer")
    private String certificateIssuer;
    @Column(name = "cert_scan_key")
    private String certificateScanKey;
    @Column(name = "image_keys")
    private String imageKeys;

    protected ListingContent() {
    }

    public ListingContent(String name, String description, String unit, String groupCode, String originCode,
                          CertificateDetails certificate, List<String> images) {
        this.name = name;
        this.description = description;
        this.unit = unit;
        this.groupCode = groupCode;
        this.originCode = originCode;
        if (certificate != null) {
            this.certificateStars = certificate.stars();
            this.certificateNumber = certificate.decisionNumber();
            this.certificateDate = certificate.decisionDate();
            this.certificateIssuer = certificate.issuer();
            this.certificateScanKey = certificate.scanKey();
        }
        this.imageKeys = String.join("\n", images == null ? List.of() : images);
    }

    /** The certificate a business declares for review: OCOP stars and the decision that awarded them. */
    public record CertificateDetails(int stars, String decisionNumber, LocalDate decisionDate, String issuer, String scanKey) implements Serializable {
    }

    /** Field-by-field differences from {@code live} to this content, in form order. */
    public List<FieldChange> changesFrom(ListingContent live) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", live == null ? null : live.name, name);
        compare(changes, "description", live == null ? null : live.description, description);
        compare(changes, "unit", live == null ? null : live.unit, unit);
        compare(changes, "groupCode", live == null ? null : live.groupCode, groupCode);
        compare(changes, "originCode", live == null ? null : live.originCode, originCode);
        compare(changes, "certificate.stars", live == null ? null : text(live.certificateStars), text(certificateStars));
        compare(changes, "certificate.decisionNumber", live == null ? null : live.certificateNumber, certificateNumber);
        compare(changes, "certificate.decisionDate", live == null ? null : text(live.certificateDate), text(certificateDate));
        compare(changes, "certificate.issuer", live == null ? null : live.certificateIssuer, certificateIssuer);
        compare(changes, "certificate.scan", live == null ? null : live.certificateScanKey, certificateScanKey);
        compare(changes, "images", live == null ? null : emptyToNull(live.imageKeys), emptyToNull(imageKeys));
        return changes;
    }

    public boolean sameAs(ListingContent other) {
        return other != null && changesFrom(other).isEmpty();
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getUnit() {
        return unit;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public String getOriginCode() {
        return originCode;
    }

    public CertificateDetails getCertificate() {
        return certificateStars == null ? null
                : new CertificateDetails(certificateStars, certificateNumber, certificateDate, certificateIssuer, certificateScanKey);
    }

    public List<String> getImages() {
        return imageKeys == null || imageKeys.isEmpty() ? List.of() : Arrays.asList(imageKeys.split("\n"));
    }
}
