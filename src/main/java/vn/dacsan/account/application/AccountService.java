package vn.dacsan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.LockoutPolicy;
import vn.dacsan.account.domain.Role;

/**
 * Logging in and reading accounts. A login checks the password, counts failures towards the
 * lockout and upgrades a weak stored hash, all in one transaction with the account row locked,
 * so concurrent attempts are counted one by one.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    PasswordHashing hashing;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dacsan.login.max-failures", defaultValue = "5")
    int maxFailures;
    @Inject
    @ConfigProperty(name = "dacsan.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    // Compared against when the email is unknown, so a missing account costs the same time.
    private volatile String decoyHash;

    public AccountService() {
    }

    AccountService(PasswordHashing hashing, Clock clock, LockoutPolicy policy) {
        this.hashing = hashing;
        this.clock = clock;
        this.maxFailures = policy.maxFailures();
        this.lockMinutes = (int) policy.lockDuration().toMinutes();
    }

    /** Outside the container (tests against a real database). */
    public AccountService(EntityManager em, PasswordHashing hashing, Clock clock, LockoutPolicy policy) {
        this(hashing, clock, policy);
        this.em = em;
    }

    public SignInResult signIn(String email, String password) {
        Optional<Account> account = em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalise(email))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (account.isEmpty()) {
            hashing.matches(password == null ? "" : password, decoyHash());
            return SignInResult.invalid();
        }
        return signIn(account.get(), password);
    }

    /** The rules of one attempt on a known account, apart from how it was loaded. */
    SignInResult signIn(Account account, String password) {
        Instant now = clock.instant();
        Optional<Instant> locked = account.lockedUntil(now);
        if (locked.isPresent()) {
            return SignInResult.locked(locked.get());
        }
        if (password == null || !hashing.matches(password, account.getPasswordHash())) {
            account.loginFailed(now, policy());
            return account.lockedUntil(now).map(SignInResult::locked).orElseGet(SignInResult::invalid);
        }
        account.loginSucceeded();
        if (hashing.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hashing.hash(password));
        }
        return SignInResult.signedIn(account.getEmail(), account.getRole());
    }

    /** Until when the account with this email is locked, if it is locked now. */
    public Optional<Instant> lockedUntil(String email) {
        return find(email).flatMap(a -> a.lockedUntil(clock.instant()));
    }

    public Optional<AccountProfile> profile(String email) {
        return find(email).map(AccountProfile::of);
    }

    public boolean exists(String email) {
        return find(email).isPresent();
    }

    public AccountProfile create(String email, String displayName, String password, Role role, Long producerId) {
        String hash = hashing.hash(password);
        Account account = role == Role.BUSINESS
                ? Account.business(email, displayName, hash, producerId, clock.instant())
                : Account.of(email, displayName, hash, role, clock.instant());
        em.persist(account);
        return AccountProfile.of(account);
    }

    private Optional<Account> find(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalise(email))
                .getResultStream().findFirst();
    }

    private LockoutPolicy policy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hashing.hash("not a real password " + System.nanoTime());
        }
        return decoyHash;
    }
}
