package vn.dacsan.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class VietQrSettingsTest {

    @Test
    void theShippedDefaultsAreTheDemoAccountAndSaySo() throws Exception {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shipped.load(in);
        }
        VietQrSettings settings = settings(shipped.getProperty("dacsan.payment.vietqr.bank-bin"),
                shipped.getProperty("dacsan.payment.vietqr.bank-name"), shipped.getProperty("dacsan.payment.vietqr.account-number"),
                shipped.getProperty("dacsan.payment.vietqr.account-name"));
        assertThat(settings.platformAccount().bankBin()).isEqualTo(VietQrSettings.DEMO_BANK_BIN);
        assertThat(settings.platformAccount().accountNumber()).isEqualTo(VietQrSettings.DEMO_ACCOUNT_NUMBER);
        assertThat(settings.platformAccount().accountName()).contains("DEMO");
        assertThat(settings.isDemoAccount()).isTrue();
    }

    @Test
    void aRealAccountIsNotTheDemo() {
        VietQrSettings settings = settings("970405", "Agribank", "7300205123456", "SO CONG THUONG");
        assertThat(settings.isDemoAccount()).isFalse();
        assertThat(settings.platformAccount().bankName()).isEqualTo("Agribank");
    }

    @Test
    void aWrongSettingStopsWithTheKeysNamed() {
        assertThatThrownBy(() -> settings("97043", "Vietcombank", "0011000000000", "X"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("dacsan.payment.vietqr.* does not name a usable account: Bank BIN must be");
    }

    private static VietQrSettings settings(String bin, String bankName, String accountNumber, String accountName) {
        VietQrSettings settings = new VietQrSettings();
        settings.bankBin = bin;
        settings.bankName = bankName;
        settings.accountNumber = accountNumber;
        settings.accountName = accountName;
        settings.init();
        return settings;
    }
}
