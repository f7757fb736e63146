package vn.dacsan.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import vn.dacsan.testing.MovableClock;

/** A password that just matched skips PBKDF2 for a while; nothing else does. */
class VerifiedPasswordsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T03:00:00Z"));
    private final AtomicInteger slowChecks = new AtomicInteger();
    private final Pbkdf2PasswordHashImpl pbkdf2 = new Pbkdf2PasswordHashImpl() {
        @Override
        public boolean verify(char[] password, String hashedPassword) {
            slowChecks.incrementAndGet();
            return super.verify(password, hashedPassword);
        }
    };
    private final VerifiedPasswords verified = new VerifiedPasswords(clock, Duration.ofMinutes(5));
    private final PasswordHashing hashing = new PasswordHashing(pbkdf2, verified);
    private final String stored = hashing.hash("mật khẩu đủ dài 123");

    @Test
    void aMatchIsRememberedUntilItExpires() {
        assertThat(hashing.matches("mật khẩu đủ dài 123", stored)).isTrue();
        assertThat(hashing.matches("mật khẩu đủ dài 123", stored)).isTrue();
        assertThat(slowChecks).as("the second check is remembered").hasValue(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(hashing.matches("mật khẩu đủ dài 123", stored)).isTrue();
        assertThat(slowChecks).as("after five minutes the slow way again").hasValue(2);
    }

    @Test
    void wrongPasswordsAreNeverRememberedAndNeverMatch() {
        assertThat(hashing.matches("mật khẩu đủ dài 123", stored)).isTrue();
        assertThat(hashing.matches("mật khẩu sai", stored)).isFalse();
        assertThat(hashing.matches("mật khẩu sai", stored)).isFalse();
        assertThat(slowChecks).as("every wrong password pays the full cost").hasValue(3);
        assertThat(verified.size()).isEqualTo(1);
    }

    @Test
    void aChangedPasswordHashFindsNoOldEntry() {
        assertThat(hashing.matches("mật khẩu đủ dài 123", stored)).isTrue();
        String changed = hashing.hash("mật khẩu mới cũng dài");
        assertThat(hashing.matches("mật khẩu đủ dài 123", changed)).isFalse();
        assertThat(hashing.matches("mật khẩu mới cũng dài", changed)).isTrue();
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void zeroSecondsTurnsItOffAndEntriesHoldNeitherPasswordNorHash() {
        VerifiedPasswords off = new VerifiedPasswords(clock, Duration.ZERO);
        PasswordHashing slow = new PasswordHashing(pbkdf2, off);
        slow.matches("mật khẩu đủ dài 123", stored);
        slow.matches("mật khẩu đủ dài 123", stored);
        assertThat(slowChecks).hasValue(2);
        assertThat(off.size()).isZero();
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES + 50; i++) {
            verified.matched("password " + i, stored);
        }
        assertThat(verified.size()).isEqualTo(VerifiedPasswords.MAX_ENTRIES);
        assertThat(verified.recentlyMatched("password 0", stored)).as("the oldest went first").isFalse();
        assertThat(verified.recentlyMatched("password " + (VerifiedPasswords.MAX_ENTRIES + 49), stored)).isTrue();
    }
}
