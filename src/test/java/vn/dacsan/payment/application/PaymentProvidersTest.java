package vn.dacsan.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.dacsan.payment.domain.PaymentInstructions;
import vn.dacsan.payment.domain.PaymentInstructions.BankTransfer;
import vn.dacsan.payment.domain.PaymentInstructions.CashOnDelivery;
import vn.dacsan.payment.domain.PaymentMethod;
import vn.dacsan.payment.domain.PaymentRequest;
import vn.dacsan.payment.domain.PaymentStatus;
import vn.dacsan.payment.domain.ReceivingAccount;
import vn.dacsan.payment.vietqr.VietQrImage;
import vn.dacsan.payment.vietqr.QrScanner;
import vn.dacsan.platform.text.Vnd;

class PaymentProvidersTest {

    private static final ReceivingAccount PLATFORM = new ReceivingAccount(VietQrSettings.DEMO_BANK_BIN, VietQrSettings.DEMO_BANK_NAME,
            VietQrSettings.DEMO_ACCOUNT_NUMBER, VietQrSettings.DEMO_ACCOUNT_NAME);
    private final PaymentProviders providers = new PaymentProviders(
            List.of(new VietQrProvider(new VietQrSettings(PLATFORM)), new CashOnDeliveryProvider()));

    @Test
    void cashOnDeliveryNeedsNoPaymentStep() {
        var cod = providers.provider("COD");
        assertThat(cod.method()).isEqualTo(PaymentMethod.COD);
        assertThat(cod.initialStatus()).isEqualTo(PaymentStatus.NOT_REQUIRED);
        assertThat(cod.instructions(PaymentRequest.toPlatform("DS-2026-000123", 185_000)))
                .isEqualTo(new CashOnDelivery(185_000));
    }

    @Test
    void vietQrWaitsForTheTransferToThePlatformAccount() throws Exception {
        var vietQr = providers.provider(PaymentMethod.VIETQR);
        assertThat(vietQr.initialStatus()).isEqualTo(PaymentStatus.UNPAID);

        BankTransfer transfer = (BankTransfer) vietQr.instructions(PaymentRequest.toPlatform("DS-2026-000123", 185_000));

        assertThat(transfer.account()).isEqualTo(PLATFORM);
        assertThat(transfer.amountVnd()).isEqualTo(185_000);
        assertThat(transfer.transferNote()).isEqualTo("DS-2026-000123");
        assertThat(transfer.qrPayload()).isEqualTo("00020101021238570010A00000072701270006970436011300110000000000208QRIBFTTA"
                + "530370454061850005802VN62180814DS-2026-0001236304347B");
        assertThat(QrScanner.read(VietQrImage.png(transfer.qrPayload(), 300)).getText()).isEqualTo(transfer.qrPayload());
    }

    @Test
    void vietQrPaysAProducersOwnAccountWhenTheRequestCarriesOne() {
        ReceivingAccount producer = new ReceivingAccount("970405", "Agribank", "7300205123456", "CO SO KEO DUA NAM MOI");
        BankTransfer transfer = (BankTransfer) providers.provider(PaymentMethod.VIETQR)
                .instructions(PaymentRequest.toAccount("DS-2026-000123-2", 90_000, producer));
        assertThat(transfer.account()).isEqualTo(producer);
        assertThat(transfer.qrPayload()).contains("0006970405" + "0113" + "7300205123456").contains("0816DS-2026-000123-2");
    }

    @Test
    void vietQrRefusesAnOrderCodeTooLongForTheNote() {
        var vietQr = providers.provider(PaymentMethod.VIETQR);
        assertThatThrownBy(() -> vietQr.instructions(PaymentRequest.toPlatform("DS-2026-000123-" + "9".repeat(20), 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 25");
    }

    @Test
    void offersTheMethodsItHasProvidersForCashFirst() {
        assertThat(providers.methods()).containsExactly(PaymentMethod.COD, PaymentMethod.VIETQR);
        assertThat(new PaymentProviders(List.of(new CashOnDeliveryProvider())).methods()).containsExactly(PaymentMethod.COD);
    }

    @Test
    void refusesAMethodNobodyProvides() {
        PaymentProviders codOnly = new PaymentProviders(List.of(new CashOnDeliveryProvider()));
        assertThatThrownBy(() -> codOnly.provider(PaymentMethod.VIETQR))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Payment method VIETQR is not offered; offered: [COD]");
        assertThatThrownBy(() -> providers.provider("VNPAY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown payment method 'VNPAY'; expected one of COD, VIETQR");
        assertThatThrownBy(() -> providers.provider((PaymentMethod) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoProvidersForOneMethod() {
        assertThatThrownBy(() -> new PaymentProviders(List.of(new CashOnDeliveryProvider(), new CashOnDeliveryProvider())))
                .isInstanceOf(IllegalStateException.class).hasMessage("Two payment providers for COD");
    }

    @Test
    void everyMethodHasItsNameAndInstructionsInBothLanguages() {
        PaymentInstructions transfer = providers.provider(PaymentMethod.VIETQR).instructions(PaymentRequest.toPlatform("DS-2026-000123", 185_000));
        PaymentInstructions cash = providers.provider(PaymentMethod.COD).instructions(PaymentRequest.toPlatform("DS-2026-000123", 185_000));
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
            for (PaymentMethod method : PaymentMethod.values()) {
                assertThat(bundle.getString("payment.method." + method)).isNotBlank();
            }
            assertThat(MessageFormat.format(bundle.getString(cash.messageKey()), Vnd.format(185_000))).contains("185.000\u00a0₫");
            assertThat(MessageFormat.format(bundle.getString(transfer.messageKey()), Vnd.format(185_000), "DS-2026-000123"))
                    .contains("185.000\u00a0₫").contains("DS-2026-000123");
        }
        assertThat(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi")).getString("payment.instructions.COD"))
                .contains("khi nhận hàng");
    }
}
