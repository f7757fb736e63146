package vn.dacsan.order.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.dacsan.payment.domain.PaymentMethod;
import vn.dacsan.payment.domain.PaymentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One checkout: who receives it and where, how it is paid, and one sub-order per producer.
 * The idempotency key and the hash of the request make a retried checkout find this order
 * instead of placing a second one.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
    @SequenceGenerator(name = "order_seq", sequenceName = "order_seq", allocationSize = 1)
    private Long id;
    private String code;
    @Column(name = "buyer_name")
    private String buyerName;
    private String phone;
    private String email;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "commune_code")
    private String communeCode;
    private String street;
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    private PaymentMethod paymentMethod;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_state")
    private PaymentStatus paymentState;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "total_vnd")
    private long totalVnd;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "shopper_id", updatable = false)
    private Long shopperId;
    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;
    @Column(name = "request_hash", updatable = false)
    private String requestHash;
    @Version
    private int version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SubOrder> subOrders = new ArrayList<>();

    protected CustomerOrder() {
    }

    public CustomerOrder(String buyerName, String phone, String email, String provinceCode, String communeCode, String street,
                         String note, PaymentMethod paymentMethod, PaymentStatus initialPayment, Long shopperId, String idempotencyKey, String requestHash,
                         Instant createdAt) {
        this.buyerName = buyerName;
        this.phone = phone;
        this.email = email;
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.street = street;
        this.note = note;
        this.paymentMethod = paymentMethod;
        this.paymentState = initialPayment;
        this.shopperId = shopperId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    /** Gives the order its code once its number is drawn: DS-2026-000123. */
    public void assignCode(int year) {
        if (id == null) {
            throw new IllegalStateException("The order has no number yet");
        }
        code = String.format("DS-%d-%06d", year, id);
    }

    public SubOrder addSubOrder(long producerId, Instant at) {
        SubOrder subOrder = new SubOrder(this, producerId, at);
        subOrders.add(subOrder);
        return subOrder;
    }

    /** Sums the sub-orders; called once all items are in. */
    public void total() {
        totalVnd = subOrders.stream().mapToLong(SubOrder::getSubtotalVnd).sum();
    }

    /** The bank transfer arrived; only a VietQR order waits for one, and only once. */
    public void markPaid(Instant at) {
        if (paymentMethod != PaymentMethod.VIETQR) {
            throw new OrderStateException("not-a-transfer", "This order is paid in cash on delivery; there is no transfer to mark");
        }
        if (paymentState == PaymentStatus.PAID) {
            throw new OrderStateException("already-paid", "This order is already marked as paid");
        }
        paymentState = PaymentStatus.PAID;
        paidAt = at;
    }

    public boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public String getPhone() {
        return phone;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public String getStreet() {
        return street;
    }

    public String getNote() {
        return note;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public PaymentStatus getPaymentState() {
        return paymentState;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public long getTotalVnd() {
        return totalVnd;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getShopperId() {
        return shopperId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public List<SubOrder> getSubOrders() {
        return subOrders;
    }
}
