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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A specialty product listed by a producer. Prices are whole VND. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    private String slug;
    private String name;
    private String description;
    @Column(name = "price_vnd")
    private long priceVnd;
    private String unit;
    private int stock;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_code")
    private OcopGroup group;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_commune_code")
    private AdminUnit origin;
    @Enumerated(EnumType.STRING)
    private ProductStatus status;
    private boolean featured;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private int version;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProductImage> images = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL)
    @OrderBy("decisionDate")
    private List<OcopCertificate> certificates = new ArrayList<>();

    protected Product() {
    }

    public Product(String slug, String name, String description, long priceVnd, String unit, int stock,
                   OcopGroup group, Producer producer, AdminUnit origin, Instant createdAt) {
        if (priceVnd < 0) {
            throw new IllegalArgumentException("price must not be negative");
        }
        if (stock < 0) {
            throw new IllegalArgumentException("stock must not be negative");
        }
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.priceVnd = priceVnd;
        this.unit = unit;
        this.stock = stock;
        this.group = group;
        this.producer = producer;
        this.origin = origin;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.status = ProductStatus.DRAFT;
    }

    public ProductImage addImage(String storageKey, String contentType, String altText) {
        ProductImage image = new ProductImage(this, images.size(), storageKey, contentType, altText);
        images.add(image);
        return image;
    }

    /** Records a new certification decision; an earlier current certificate is superseded. */
    public OcopCertificate certify(int stars, Integer score, String decisionNumber, LocalDate decisionDate,
                                   String issuer, OcopGroup certifiedGroup) {
        currentCertificate().ifPresent(OcopCertificate::supersede);
        OcopCertificate certificate = new OcopCertificate(this, stars, score, decisionNumber, decisionDate, issuer, certifiedGroup);
        certificates.add(certificate);
        return certificate;
    }

    /** The latest certificate that was not superseded (it may be expired or revoked). */
    public Optional<OcopCertificate> currentCertificate() {
        return certificates.stream()
                .filter(c -> c.getStatus() != CertificateStatus.SUPERSEDED)
                .max(Comparator.comparing(OcopCertificate::getDecisionDate));
    }

    /** The certificate whose badge may be shown on {@code day}, if any. */
    public Optional<OcopCertificate> badgeOn(LocalDate day) {
        return currentCertificate().filter(c -> c.stateOn(day).showsBadge());
    }

    public void publish(Instant at) {
        status = ProductStatus.LIVE;
        updatedAt = at;
    }

    public void changeStatus(ProductStatus newStatus, Instant at) {
        status = newStatus;
        updatedAt = at;
    }

    public void reprice(long newPriceVnd, Instant at) {
        if (newPriceVnd < 0) {
            throw new IllegalArgumentException("price must not be negative");
        }
        priceVnd = newPriceVnd;
        updatedAt = at;
    }

    /** Stock counted by the business; changes at once, without review. */
    public void restock(int newStock, Instant at) {
        if (newStock < 0) {
            throw new IllegalArgumentException("stock must not be negative");
        }
        stock = newStock;
        updatedAt = at;
    }

    /** Takes on reviewed content: text, unit, group and origin. The slug stays, so links keep working. */
    public void revise(String newName, String newDescription, String newUnit, OcopGroup newGroup, AdminUnit newOrigin, Instant at) {
        name = newName;
        description = newDescription;
        unit = newUnit;
        group = newGroup;
        origin = newOrigin;
        updatedAt = at;
    }

    /** Replaces the pictures, in order; unchanged keys keep their rows. */
    public void replaceImages(List<String> storageKeys, Function<String, String> contentTypes) {
        List<ProductImage> kept = new ArrayList<>();
        for (int position = 0; position < storageKeys.size(); position++) {
            String key = storageKeys.get(position);
            int at = position;
            ProductImage image = images.stream().filter(i -> i.getStorageKey().equals(key)).findFirst()
                    .orElseGet(() -> new ProductImage(this, at, key, contentTypes.apply(key), name));
            image.moveTo(position, name);
            kept.add(image);
        }
        images.clear();
        images.addAll(kept);
    }

    public void feature(boolean featured) {
        this.featured = featured;
    }

    public boolean isLive() {
        return status == ProductStatus.LIVE;
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

    public String getDescription() {
        return description;
    }

    public long getPriceVnd() {
        return priceVnd;
    }

    public String getUnit() {
        return unit;
    }

    public int getStock() {
        return stock;
    }

    public OcopGroup getGroup() {
        return group;
    }

    public Producer getProducer() {
        return producer;
    }

    public AdminUnit getOrigin() {
        return origin;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public boolean isFeatured() {
        return featured;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<ProductImage> getImages() {
        return images;
    }

    public List<OcopCertificate> getCertificates() {
        return certificates;
    }
}
