package vn.dacsan.department.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint or piece of feedback sent to the department: who sent it and how to reach them,
 * what it is about, the deadline for an answer, and the staff's handling of it (assignee,
 * internal note, the reply the sender reads through their private link).
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    public static final int MAX_NAME = 120;
    public static final int MIN_MESSAGE = 10;
    public static final int MAX_MESSAGE = 4000;
    public static final int MAX_REPLY = 4000;
    public static final int MAX_NOTE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    @Column(name = "token_hash")
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private FeedbackSubject subject;
    @Column(name = "order_id")
    private Long orderId;
    @Column(name = "order_code")
    private String orderCode;
    @Column(name = "product_id")
    private Long productId;
    @Column(name = "sender_name")
    private String senderName;
    private String email;
    private String phone;
    private String message;
    @Enumerated(EnumType.STRING)
    private FeedbackStatus status;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private String assignee;
    @Column(name = "internal_note")
    private String internalNote;
    private String reply;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "replied_by")
    private String repliedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private int version;

    protected Feedback() {
    }

    public Feedback(String tokenHash, FeedbackSubject subject, Long orderId, String orderCode, Long productId,
                    String senderName, String email, String phone, String message, Instant receivedAt, LocalDate dueOn) {
        this.tokenHash = tokenHash;
        this.subject = subject;
        this.orderId = orderId;
        this.orderCode = orderCode;
        this.productId = productId;
        this.senderName = senderName;
        this.email = email;
        this.phone = phone;
        this.message = message;
        this.receivedAt = receivedAt;
        this.dueOn = dueOn;
        this.status = FeedbackStatus.NEW;
    }

    /** A member of staff takes it: IN_PROGRESS from NEW; an answered one keeps its status. */
    public void assignTo(String staff) {
        requireNotClosed("assign");
        assignee = staff;
        if (status == FeedbackStatus.NEW) {
            status = FeedbackStatus.IN_PROGRESS;
        }
    }

    public void note(String text) {
        internalNote = text;
    }

    /** The department's answer; a second reply replaces the first (the sender sees the latest). */
    public void answer(String text, String by, Instant now) {
        requireNotClosed("reply to");
        reply = text;
        repliedBy = by;
        repliedAt = now;
        status = FeedbackStatus.ANSWERED;
        if (assignee == null) {
            assignee = by;
        }
    }

    public void close(Instant now) {
        requireNotClosed("close");
        status = FeedbackStatus.CLOSED;
        closedAt = now;
    }

    private void requireNotClosed(String what) {
        if (status == FeedbackStatus.CLOSED) {
            throw new FeedbackStateException("This feedback is closed; it cannot " + what + " it any more");
        }
    }

    /** Still open after its due date. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public FeedbackSubject getSubject() {
        return subject;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderCode() {
        return orderCode;
    }

    public Long getProductId() {
        return productId;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getMessage() {
        return message;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public String getReply() {
        return reply;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
