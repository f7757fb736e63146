package vn.dacsan.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmvTlvTest {

    @Test
    void writesIdTwoDigitLengthAndValue() {
        assertThat(EmvTlv.field("00", "01")).isEqualTo("000201");
        assertThat(EmvTlv.field("08", "DS-2026-000123")).isEqualTo("0814DS-2026-000123");
        assertThat(EmvTlv.field("54", "5")).isEqualTo("54015");
        assertThat(EmvTlv.field("62", "x".repeat(99))).startsWith("6299x").hasSize(103);
    }

    @Test
    void templateWrapsItsDataObjects() {
        assertThat(EmvTlv.template("62", EmvTlv.field("08", "abc"))).isEqualTo("62070803abc");
    }

    @Test
    void refusesValuesTheFormatCannotHold() {
        assertThatThrownBy(() -> EmvTlv.field("62", "x".repeat(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("EMV data object 62 must hold 1 to 99 characters, not 100");
        assertThatThrownBy(() -> EmvTlv.field("08", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 0");
        assertThatThrownBy(() -> EmvTlv.field("08", "ủng hộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("printable ASCII only").hasMessageContaining("U+1EE7");
        assertThatThrownBy(() -> EmvTlv.field("08", "line\nbreak"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 5");
        assertThatThrownBy(() -> EmvTlv.field("8", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two digits");
    }
}
