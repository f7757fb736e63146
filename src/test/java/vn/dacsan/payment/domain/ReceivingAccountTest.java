package vn.dacsan.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReceivingAccountTest {

    @Test
    void keepsATrimmedAccount() {
        ReceivingAccount account = new ReceivingAccount(" 970436 ", "Vietcombank", " 0011000000000", "CONG TY TNHH KEO DUA AN HOI ");
        assertThat(account.bankBin()).isEqualTo("970436");
        assertThat(account.accountNumber()).isEqualTo("0011000000000");
        assertThat(account.accountName()).isEqualTo("CONG TY TNHH KEO DUA AN HOI");
    }

    @Test
    void refusesABinThatIsNotSixDigits() {
        assertThatThrownBy(() -> new ReceivingAccount("97043A", "Vietcombank", "0011000000000", "A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bank BIN must be the bank's 6-digit NAPAS number (e.g. 970436), not '97043A'");
        assertThatThrownBy(() -> new ReceivingAccount("97043", "Vietcombank", "0011000000000", "A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not '97043'");
        assertThatThrownBy(() -> new ReceivingAccount(null, "Vietcombank", "0011000000000", "A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Bank BIN is missing");
    }

    @Test
    void refusesAnAccountNumberTooLongOrWithOtherCharacters() {
        assertThat(new ReceivingAccount("970422", "MB", "0023457923442ASDFLJ", "A").accountNumber()).hasSize(19);
        assertThatThrownBy(() -> new ReceivingAccount("970436", "Vietcombank", "12345678901234567890", "A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Account number must be 1 to 19 letters or digits without spaces, not '12345678901234567890' (20 characters)");
        assertThatThrownBy(() -> new ReceivingAccount("970436", "Vietcombank", "0011 0000 00000", "A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without spaces");
        assertThatThrownBy(() -> new ReceivingAccount("970436", "Vietcombank", "", "A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Account number is missing");
    }

    @Test
    void needsTheNamesShoppersCheck() {
        assertThatThrownBy(() -> new ReceivingAccount("970436", " ", "0011000000000", "A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Bank name is missing");
        assertThatThrownBy(() -> new ReceivingAccount("970436", "Vietcombank", "0011000000000", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Account name is missing");
    }
}
