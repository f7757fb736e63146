package vn.dacsan.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One picture of a product; the bytes live in the media store under {@code storageKey}. */
@Entity
@Table(name = "product_image")
public class ProductImage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;
    private int position;
    @Column(name = "storage_key")
    private String storageKey;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "alt_text")
    private String altText;

    protected ProductImage() {
    }

    ProductImage(Product product, int position, String storageKey, String contentType, String altText) {
        this.product = product;
        this.position = position;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.altText = altText;
    }

    void moveTo(int newPosition, String newAltText) {
        position = newPosition;
        altText = newAltText;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getContentType() {
        return contentType;
    }

    public String getAltText() {
        return altText;
    }
}
