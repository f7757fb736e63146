package vn.dacsan.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.dacsan.platform.time.Backoff;

/**
 * A notice delivered to one account: shown in the site until read, and copied by email when
 * mail is on. The email side keeps its own delivery state, so a mail failure never loses the
 * notice itself. A notice for someone without an account (a guest buyer) has no account and is
 * an email only.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    /** Null for an email to someone without an account (a complaint's sender): sent, never shown in the site. */
    @Column(name = "account_id")
    private Long accountId;
    private String kind;
    private String subject;
    private String body;
    private String link;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "email_to")
    private String emailTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "email_state")
    private EmailState emailState;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    private Notification(Long accountId, Notice notice, String emailTo, Instant now) {
        this.accountId = accountId;
        this.kind = notice.kind();
        this.subject = notice.subject();
        this.body = notice.body();
        this.link = notice.link();
        this.createdAt = now;
        this.emailTo = emailTo;
        this.emailState = emailTo == null ? EmailState.NONE : EmailState.PENDING;
        this.nextAttemptAt = emailTo == null ? null : now;
    }

    /** Shown in the site only. */
    public static Notification inApp(long accountId, Notice notice, Instant now) {
        return new Notification(accountId, notice, null, now);
    }

    /** Shown in the site and emailed to this address as soon as the dispatcher gets to it. */
    public static Notification withEmail(long accountId, Notice notice, String emailTo, Instant now) {
        return new Notification(accountId, notice, address(emailTo), now);
    }

    /** Emailed to someone without an account; shown in no inbox. */
    public static Notification emailOnly(Notice notice, String emailTo, Instant now) {
        return new Notification(null, notice, address(emailTo), now);
    }

    private static String address(String emailTo) {
        if (emailTo == null || emailTo.isBlank()) {
            throw new IllegalArgumentException("An emailed notification needs an address");
        }
        return emailTo.strip();
    }

    /** True for an email to someone without an account. */
    public boolean isEmailOnly() {
        return accountId == null;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    /**
     * The dispatcher has taken the email and is sending it: nobody else picks it up before
     * {@code until}. Should the sender die mid-way, the email becomes due again then.
     */
    public void emailClaimed(Instant until) {
        requirePending();
        nextAttemptAt = until;
    }

    public void emailSent(Instant now) {
        requirePending();
        attempts++;
        emailState = EmailState.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * A failed send: tried again after the back-off, or given up (FAILED) once {@code maxAttempts}
     * have failed or when trying again cannot help (a malformed address).
     */
    public void emailFailed(String error, boolean permanent, Instant now, Backoff backoff, int maxAttempts) {
        requirePending();
        attempts++;
        lastError = error == null || error.isBlank() ? "unknown error"
                : error.substring(0, Math.min(error.length(), MAX_ERROR));
        if (permanent || attempts >= maxAttempts) {
            emailState = EmailState.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoff.after(attempts));
        }
    }

    private void requirePending() {
        if (emailState != EmailState.PENDING) {
            throw new IllegalStateException("The email of notification " + id + " is " + emailState + ", not pending");
        }
    }

    public Notice notice() {
        return new Notice(kind, subject, body, link);
    }

    public Long getId() {
        return id;
    }

    /** The account told, or null for an email to someone without one. */
    public Long getAccountId() {
        return accountId;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getEmailTo() {
        return emailTo;
    }

    public EmailState getEmailState() {
        return emailState;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
