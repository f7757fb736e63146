package vn.dacsan.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProducerTest {

    private static final AdminUnit COMMUNE = new AdminUnit("vinh-long.cho-lach", "xã Chợ Lách", AdminLevel.COMMUNE, null);
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-03T03:30:00Z");

    private static Producer registered() {
        return new Producer("htx-cho-lach", "HTX Chợ Lách", ProducerKind.COOPERATIVE, "1300987452", "Lê Văn Sơn", COMMUNE, SUBMITTED);
    }

    @Test
    void aNewProducerWaitsAndMayNotSubmitListings() {
        Producer producer = registered();
        assertThat(producer.getStatus()).isEqualTo(ProducerStatus.PENDING);
        assertThat(producer.getSubmittedAt()).isEqualTo(SUBMITTED);
        assertThat(producer.canSubmitListings()).isFalse();
    }

    @Test
    void verificationRecordsWhoAndWhenAndOpensListings() {
        Producer producer = registered();
        producer.verify(7L, DECIDED);
        assertThat(producer.getStatus()).isEqualTo(ProducerStatus.VERIFIED);
        assertThat(producer.getDecidedBy()).isEqualTo(7L);
        assertThat(producer.getDecidedAt()).isEqualTo(DECIDED);
        assertThat(producer.canSubmitListings()).isTrue();
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsListingsClosed() {
        Producer producer = registered();
        assertThatThrownBy(() -> producer.reject(7L, DECIDED, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(producer.isPending()).isTrue();
        producer.reject(7L, DECIDED, " Giấy phép ATTP đã hết hạn. ");
        assertThat(producer.getStatus()).isEqualTo(ProducerStatus.REJECTED);
        assertThat(producer.getRejectionReason()).isEqualTo("Giấy phép ATTP đã hết hạn.");
        assertThat(producer.canSubmitListings()).isFalse();
    }

    @Test
    void aDecidedProducerCannotBeDecidedAgain() {
        Producer producer = registered();
        producer.verify(7L, DECIDED);
        assertThatThrownBy(() -> producer.reject(8L, DECIDED, "Trùng")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> producer.verify(8L, DECIDED)).isInstanceOf(IllegalStateException.class);
        assertThat(producer.getDecidedBy()).isEqualTo(7L);
        assertThat(producer.getStatus()).isEqualTo(ProducerStatus.VERIFIED);
    }

    @Test
    void aLicenceCannotEndBeforeItWasIssued() {
        Producer producer = registered();
        assertThatThrownBy(() -> producer.addLicence(LicenceKind.FOOD_SAFETY, "1", LocalDate.of(2025, 3, 14), "Sở Y tế",
                LocalDate.of(2025, 3, 13))).isInstanceOf(IllegalArgumentException.class);
        producer.addLicence(LicenceKind.FOOD_SAFETY, "1", LocalDate.of(2025, 3, 14), "Sở Y tế", null);
        assertThat(producer.getLicences()).singleElement().satisfies(l -> assertThat(l.getValidUntil()).isNull());
    }
}
