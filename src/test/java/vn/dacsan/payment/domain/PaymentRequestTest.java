package vn.dacsan.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaymentRequestTest {

    @Test
    void refusesAnAmountThatIsNotPositive() {
        assertThatThrownBy(() -> PaymentRequest.toPlatform("DS-2026-000123", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Amount must be a positive number of đồng, not 0");
        assertThatThrownBy(() -> PaymentRequest.toPlatform("DS-2026-000123", -65_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not -65000");
    }

    @Test
    void needsAnOrderCode() {
        assertThatThrownBy(() -> PaymentRequest.toPlatform("  ", 65_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Order code is missing");
    }

    @Test
    void carriesAProducersOwnAccountOrNone() {
        ReceivingAccount own = new ReceivingAccount("970405", "Agribank", "7300205123456", "CO SO KEO DUA NAM MOI");
        assertThat(PaymentRequest.toAccount("DS-2026-000123-2", 90_000, own).receivingAccount()).contains(own);
        assertThat(PaymentRequest.toPlatform(" DS-2026-000123 ", 90_000).receivingAccount()).isEmpty();
        assertThat(PaymentRequest.toPlatform(" DS-2026-000123 ", 90_000).orderCode()).isEqualTo("DS-2026-000123");
    }

    @Test
    void parsesTheMethodAFormOrApiNames() {
        assertThat(PaymentMethod.parse("COD")).isEqualTo(PaymentMethod.COD);
        assertThat(PaymentMethod.parse(" vietqr ")).isEqualTo(PaymentMethod.VIETQR);
        assertThatThrownBy(() -> PaymentMethod.parse("MOMO"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown payment method 'MOMO'; expected one of COD, VIETQR");
        assertThatThrownBy(() -> PaymentMethod.parse(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Payment method is missing; expected one of COD, VIETQR");
    }
}
