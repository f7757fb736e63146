package vn.dacsan.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

    @Test
    void aTaxCodeHasTenDigitsOrTenDigitsHyphenThreeForABranch() {
        assertThat(RegistrationNumber.isWellFormed("1300612487", ProducerKind.ENTERPRISE)).isTrue();
        assertThat(RegistrationNumber.isWellFormed("1300612487-001", ProducerKind.ENTERPRISE)).isTrue();
        assertThat(RegistrationNumber.isWellFormed(" 1300 612 487 - 001 ", ProducerKind.COOPERATIVE)).isTrue();

        assertThat(RegistrationNumber.isWellFormed("130061248", ProducerKind.ENTERPRISE)).as("9 digits").isFalse();
        assertThat(RegistrationNumber.isWellFormed("13006124870", ProducerKind.ENTERPRISE)).as("11 digits").isFalse();
        assertThat(RegistrationNumber.isWellFormed("1300612487001", ProducerKind.ENTERPRISE)).as("branch without hyphen").isFalse();
        assertThat(RegistrationNumber.isWellFormed("1300612487-01", ProducerKind.ENTERPRISE)).as("2-digit branch").isFalse();
        assertThat(RegistrationNumber.isWellFormed("13OO612487", ProducerKind.ENTERPRISE)).as("letter O").isFalse();
        assertThat(RegistrationNumber.isWellFormed("", ProducerKind.ENTERPRISE)).isFalse();
        assertThat(RegistrationNumber.isWellFormed(null, ProducerKind.ENTERPRISE)).isFalse();
    }

    @Test
    void onlyAHouseholdMayUseAnOldHouseholdRegistrationNumber() {
        assertThat(RegistrationNumber.isWellFormed("56A8001234", ProducerKind.HOUSEHOLD)).isTrue();
        assertThat(RegistrationNumber.isWellFormed("56a8001234", ProducerKind.HOUSEHOLD)).as("typed in lower case").isTrue();
        assertThat(RegistrationNumber.isWellFormed("8461027395", ProducerKind.HOUSEHOLD)).as("tax code").isTrue();
        assertThat(RegistrationNumber.isWellFormed("56A8001234", ProducerKind.COOPERATIVE)).isFalse();
        assertThat(RegistrationNumber.isWellFormed("56A7001234", ProducerKind.HOUSEHOLD)).as("type digit is 8").isFalse();
        assertThat(RegistrationNumber.isWellFormed("56A800123", ProducerKind.HOUSEHOLD)).as("6-digit serial").isFalse();
    }

    @Test
    void oneNumberHowEverItIsSpacedOrCased() {
        assertThat(RegistrationNumber.normalise(" 1300612487 - 001")).isEqualTo("1300612487-001");
        assertThat(RegistrationNumber.normalise("56a8 001234")).isEqualTo("56A8001234");
    }
}
