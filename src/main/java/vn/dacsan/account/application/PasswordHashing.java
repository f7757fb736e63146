package vn.dacsan.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Base64;
import java.util.Map;

/**
 * Password hashes through Jakarta Security's PBKDF2 (HmacSHA512, 210,000 iterations, 32-byte
 * salt, 64-byte key), and whether a stored hash is weaker than that and should be redone.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 64;

    @Inject
    Pbkdf2PasswordHash pbkdf2;
    @Inject
    VerifiedPasswords verified;

    public PasswordHashing() {
    }

    /** Checks every password the slow way (tools and tests). */
    public PasswordHashing(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        configure();
    }

    PasswordHashing(Pbkdf2PasswordHash pbkdf2, VerifiedPasswords verified) {
        this(pbkdf2);
        this.verified = verified;
    }

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /**
     * Checks any PBKDF2 hash this application ever wrote (the parameters travel in the hash); a
     * password that matched the same hash a moment ago is taken from {@link VerifiedPasswords}.
     */
    public boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            return false;
        }
        if (verified != null && verified.recentlyMatched(password, storedHash)) {
            return true;
        }
        boolean matches;
        try {
            matches = pbkdf2.verify(password.toCharArray(), storedHash);
        } catch (RuntimeException malformed) {
            return false;
        }
        if (matches && verified != null) {
            verified.matched(password, storedHash);
        }
        return matches;
    }

    /** True when the hash was made with a weaker algorithm, fewer iterations, or a shorter salt or key. */
    public boolean needsRehash(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4) {
            return true;
        }
        try {
            return !ALGORITHM.equals(parts[0])
                    || Integer.parseInt(parts[1]) < ITERATIONS
                    || Base64.getDecoder().decode(parts[2]).length < SALT_BYTES
                    || Base64.getDecoder().decode(parts[3]).length < KEY_BYTES;
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
