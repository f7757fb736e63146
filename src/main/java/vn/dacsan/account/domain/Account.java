package vn.dacsan.account.domain;

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
import java.util.Locale;
import java.util.Optional;

/**
 * Someone who can log in: a shopper, a member of one producer (BUSINESS), department staff or
 * an administrator. Keeps its own lockout state: too many consecutive failed logins lock it.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;
    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "producer_id")
    private Long producerId;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private int version;

    protected Account() {
    }

    private Account(String email, String displayName, String passwordHash, Role role, Long producerId, Instant createdAt) {
        if (email == null || email.isBlank() || displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("An account needs an email and a display name");
        }
        if ((role == Role.BUSINESS) != (producerId != null)) {
            throw new IllegalArgumentException("A business account belongs to exactly one producer; other roles to none");
        }
        this.email = normalise(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.producerId = producerId;
        this.createdAt = createdAt;
    }

    public static Account of(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        return new Account(email, displayName, passwordHash, role, null, createdAt);
    }

    public static Account business(String email, String displayName, String passwordHash, long producerId, Instant createdAt) {
        return new Account(email, displayName, passwordHash, Role.BUSINESS, producerId, createdAt);
    }

    /** Emails compare without case: "An@Example.vn" and "an@example.vn" are one account. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Until when the account is locked, if it is locked at this moment. */
    public Optional<Instant> lockedUntil(Instant now) {
        return isLocked(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** A wrong password: the policy's n-th consecutive one locks the account. */
    public void loginFailed(Instant now, LockoutPolicy policy) {
        if (isLocked(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            failedLogins = 0;
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getProducerId() {
        return producerId;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
