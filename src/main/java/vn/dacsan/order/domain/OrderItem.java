package vn.dacsan.order.domain;

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

/** A product bought, with its name and price as they were when the order was placed. */
@Entity
@Table(name = "order_item")
public class OrderItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sub_order_id")
    private SubOrder subOrder;
    @Column(name = "product_id", updatable = false)
    private long productId;
    @Column(name = "product_name", updatable = false)
    private String productName;
    @Column(updatable = false)
    private String unit;
    @Column(name = "unit_price_vnd", updatable = false)
    private long unitPriceVnd;
    @Column(updatable = false)
    private int quantity;
    @Column(name = "line_total_vnd", updatable = false)
    private long lineTotalVnd;

    protected OrderItem() {
    }

    OrderItem(SubOrder subOrder, long productId, String productName, String unit, long unitPriceVnd, int quantity) {
        this.subOrder = subOrder;
        this.productId = productId;
        this.productName = productName;
        this.unit = unit;
        this.unitPriceVnd = unitPriceVnd;
        this.quantity = quantity;
        this.lineTotalVnd = Math.multiplyExact(unitPriceVnd, quantity);
    }

    public Long getId() {
        return id;
    }

    public long getProductId() {
        return productId;
    }

    public String getProductName() {
        return productName;
    }

    public String getUnit() {
        return unit;
    }

    public long getUnitPriceVnd() {
        return unitPriceVnd;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getLineTotalVnd() {
        return lineTotalVnd;
    }
}
