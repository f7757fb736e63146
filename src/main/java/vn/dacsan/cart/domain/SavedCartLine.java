package vn.dacsan.cart.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of a logged-in account's cart, as stored. */
@Entity
@Table(name = "cart_line")
public class SavedCartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "product_id")
    private long productId;
    private int quantity;
    @Column(name = "price_added")
    private long priceAdded;
    @Column(name = "added_at")
    private Instant addedAt;

    protected SavedCartLine() {
    }

    public SavedCartLine(long accountId, CartLine line) {
        this.accountId = accountId;
        this.productId = line.productId();
        copy(line);
    }

    public void copy(CartLine line) {
        quantity = line.quantity();
        priceAdded = line.priceAddedVnd();
        addedAt = line.addedAt();
    }

    public CartLine line() {
        return new CartLine(productId, quantity, priceAdded, addedAt);
    }

    public long getAccountId() {
        return accountId;
    }

    public long getProductId() {
        return productId;
    }
}
