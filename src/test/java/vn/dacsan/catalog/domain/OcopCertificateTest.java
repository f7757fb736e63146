package vn.dacsan.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OcopCertificateTest {

    private static final OcopGroup FOOD = new OcopGroup("2023.thuc-pham", "2023", null, "thuc-pham", "Thực phẩm", "Food", 1);
    private static final AdminUnit PROVINCE = new AdminUnit("vinh-long", "Vĩnh Long", AdminLevel.PROVINCE, null);

    private static Product product() {
        Producer producer = new Producer("hoi", "HTX", ProducerKind.COOPERATIVE, "1300000000", "A", PROVINCE, Instant.EPOCH);
        return new Product("keo", "Kẹo dừa", "…", 50_000, "hộp", 10, FOOD, producer, PROVINCE, Instant.EPOCH);
    }

    @Test
    void isValidForThirtySixMonthsFromSigningAndWarnsThirtyDaysBefore() {
        OcopCertificate c = product().certify(4, 78, "1032/QĐ-UBND", LocalDate.of(2021, 7, 21), "UBND tỉnh Bến Tre", FOOD);
        assertThat(c.getValidUntil()).isEqualTo(LocalDate.of(2024, 7, 21));
        assertThat(c.stateOn(LocalDate.of(2021, 7, 20))).isEqualTo(CertificateState.EXPIRED);
        assertThat(c.stateOn(LocalDate.of(2021, 7, 21))).isEqualTo(CertificateState.VALID);
        assertThat(c.stateOn(LocalDate.of(2024, 6, 21))).isEqualTo(CertificateState.VALID);
        assertThat(c.stateOn(LocalDate.of(2024, 6, 22))).isEqualTo(CertificateState.EXPIRING);
        assertThat(c.stateOn(LocalDate.of(2024, 7, 21))).isEqualTo(CertificateState.EXPIRING);
        assertThat(c.stateOn(LocalDate.of(2024, 7, 22))).isEqualTo(CertificateState.EXPIRED);
    }

    @Test
    void badgeShowsOnlyWhileTheCurrentCertificateIsValid() {
        Product product = product();
        OcopCertificate first = product.certify(3, 60, "1/QĐ", LocalDate.of(2023, 1, 10), "UBND", FOOD);
        assertThat(product.badgeOn(LocalDate.of(2024, 1, 1))).contains(first);
        OcopCertificate upgrade = product.certify(4, 75, "2/QĐ", LocalDate.of(2024, 3, 1), "UBND", FOOD);
        assertThat(first.stateOn(LocalDate.of(2024, 4, 1))).isEqualTo(CertificateState.SUPERSEDED);
        assertThat(product.badgeOn(LocalDate.of(2024, 4, 1))).contains(upgrade);
        upgrade.revoke("QĐ thu hồi 9/QĐ");
        assertThat(product.badgeOn(LocalDate.of(2024, 4, 1))).isEmpty();
        assertThat(product.badgeOn(LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void starsFollowTheScoreBandsAndOnlyThreeToFiveAreCertified() {
        assertThat(OcopCertificate.starsForScore(49)).isZero();
        assertThat(OcopCertificate.starsForScore(50)).isEqualTo(3);
        assertThat(OcopCertificate.starsForScore(69)).isEqualTo(3);
        assertThat(OcopCertificate.starsForScore(70)).isEqualTo(4);
        assertThat(OcopCertificate.starsForScore(90)).isEqualTo(5);
        assertThatThrownBy(() -> product().certify(2, 40, "x", LocalDate.now(), "UBND", FOOD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
