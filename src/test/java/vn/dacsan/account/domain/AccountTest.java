package vn.dacsan.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOON = Instant.parse("2026-03-02T05:00:00Z");
    private final LockoutPolicy policy = LockoutPolicy.DEFAULT;

    private static Account shopper() {
        return Account.of("  Khach@Example.VN ", "Khách", "hash", Role.SHOPPER, NOON);
    }

    @Test
    void fiveFailedLoginsInARowLockTheAccountForFifteenMinutes() {
        Account account = shopper();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOON.plusSeconds(i), policy);
        }
        assertThat(account.isLocked(NOON.plusSeconds(4))).isFalse();

        account.loginFailed(NOON.plusSeconds(5), policy);

        assertThat(account.lockedUntil(NOON.plusSeconds(6))).contains(NOON.plusSeconds(5).plus(Duration.ofMinutes(15)));
        assertThat(account.isLocked(NOON.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(account.isLocked(NOON.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        Account account = shopper();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOON, policy);
        }
        account.loginSucceeded();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOON, policy);
        }
        assertThat(account.isLocked(NOON)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(4);
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        Account account = shopper();
        for (int i = 0; i < 5; i++) {
            account.loginFailed(NOON, policy);
        }
        account.loginFailed(NOON.plus(Duration.ofMinutes(10)), policy);
        assertThat(account.lockedUntil(NOON.plus(Duration.ofMinutes(10)))).contains(NOON.plus(Duration.ofMinutes(15)));
    }

    @Test
    void afterTheLockExpiresFiveNewFailuresAreNeededToLockAgain() {
        Account account = shopper();
        for (int i = 0; i < 5; i++) {
            account.loginFailed(NOON, policy);
        }
        Instant later = NOON.plus(Duration.ofMinutes(16));
        account.loginFailed(later, policy);
        assertThat(account.isLocked(later)).isFalse();
    }

    @Test
    void emailIsStoredLowerCasedAndABusinessNeedsAProducer() {
        assertThat(shopper().getEmail()).isEqualTo("khach@example.vn");
        assertThatThrownBy(() -> Account.of("a@b.vn", "A", "h", Role.BUSINESS, NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Account.business("Shop@B.vn", "Shop", "h", 42L, NOON).getProducerId()).isEqualTo(42L);
    }
}
