package vn.dacsan.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.LockoutPolicy;
import vn.dacsan.account.domain.Role;

/** Login rules with the real Jakarta Security PBKDF2 (Soteria, as in Payara) and a movable clock. */
class AccountServiceTest {

    private static final Instant START = Instant.parse("2026-03-02T05:00:00Z");

    private final PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl());
    private final MovableClock clock = new MovableClock(START);
    private final AccountService service = new AccountService(hashing, clock, LockoutPolicy.DEFAULT);

    private static String weakHash(String password) {
        Pbkdf2PasswordHashImpl old = new Pbkdf2PasswordHashImpl();
        old.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "10000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        return old.generate(password.toCharArray());
    }

    @Test
    void newHashesUseSha512With210000IterationsA32ByteSaltAndA64ByteKey() {
        String hash = hashing.hash("demo12345");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(hashing.needsRehash(hash)).isFalse();
        assertThat(hashing.matches("demo12345", hash)).isTrue();
        assertThat(hashing.matches("demo12346", hash)).isFalse();
    }

    @Test
    void aWeakStoredHashIsUpgradedOnASuccessfulLogin() {
        String old = weakHash("demo12345");
        assertThat(hashing.needsRehash(old)).isTrue();
        Account account = Account.of("khach@demo.dacsan.vn", "Khách", old, Role.SHOPPER, START);

        SignInResult result = service.signIn(account, "demo12345");

        assertThat(result.signedIn()).isTrue();
        assertThat(account.getPasswordHash()).isNotEqualTo(old).startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(hashing.matches("demo12345", account.getPasswordHash())).isTrue();
    }

    @Test
    void aWrongPasswordLeavesAWeakHashAlone() {
        String old = weakHash("demo12345");
        Account account = Account.of("khach@demo.dacsan.vn", "Khách", old, Role.SHOPPER, START);

        assertThat(service.signIn(account, "wrong").outcome()).isEqualTo(SignInResult.Outcome.INVALID);
        assertThat(account.getPasswordHash()).isEqualTo(old);
    }

    @Test
    void theFifthFailureLocksAndEvenTheRightPasswordIsRefusedUntilTheLockEnds() {
        Account account = Account.of("khach@demo.dacsan.vn", "Khách", hashing.hash("demo12345"), Role.SHOPPER, START);
        for (int i = 0; i < 4; i++) {
            assertThat(service.signIn(account, "wrong" + i).outcome()).isEqualTo(SignInResult.Outcome.INVALID);
        }
        SignInResult fifth = service.signIn(account, "wrong4");
        assertThat(fifth.outcome()).isEqualTo(SignInResult.Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(14));
        assertThat(service.signIn(account, "demo12345").outcome()).isEqualTo(SignInResult.Outcome.LOCKED);

        clock.advance(Duration.ofMinutes(1));
        assertThat(service.signIn(account, "demo12345").signedIn()).isTrue();
        assertThat(account.getFailedLogins()).isZero();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
