package vn.dacsan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords that matched their stored hash a moment ago, so an API client that sends HTTP Basic
 * with every request does not pay the full PBKDF2 cost (a few hundred milliseconds of CPU) each
 * time. Only matches are remembered, for {@code dacsan.login.verified-seconds} (0 turns this
 * off), at most {@value #MAX_ENTRIES} of them. An entry is an HMAC of the stored hash and the
 * password under a key made at random when the application starts: it holds neither, cannot be
 * tested offline, and names the stored hash, so a changed password never finds an old entry. The
 * lockout is checked before any password, so a locked account stays locked.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final int MAX_ENTRIES = 10_000;

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dacsan.login.verified-seconds", defaultValue = "300")
    long seconds;

    private final SecretKeySpec key;
    private final Map<String, Instant> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public VerifiedPasswords() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    VerifiedPasswords(Clock clock, Duration remembered) {
        this();
        this.clock = clock;
        this.seconds = remembered.toSeconds();
    }

    /** True when this password matched this stored hash within the configured time. */
    public boolean recentlyMatched(String password, String storedHash) {
        if (seconds <= 0) {
            return false;
        }
        String entry = entry(password, storedHash);
        synchronized (verified) {
            Instant until = verified.get(entry);
            if (until == null) {
                return false;
            }
            if (!clock.instant().isBefore(until)) {
                verified.remove(entry);
                return false;
            }
            return true;
        }
    }

    /** Remembers a match that was just checked the slow way. */
    public void matched(String password, String storedHash) {
        if (seconds <= 0) {
            return;
        }
        String entry = entry(password, storedHash);
        Instant until = clock.instant().plusSeconds(seconds);
        synchronized (verified) {
            verified.put(entry, until);
        }
    }

    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    private String entry(String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
