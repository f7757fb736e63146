package vn.dacsan.payment.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.payment.domain.ReceivingAccount;
import vn.dacsan.platform.logging.RequestLog;

/**
 * The platform's receiving account for VietQR transfers (dacsan.payment.vietqr.*). The defaults
 * are a DEMO account that belongs to no one: a production deployment must set its own, and is
 * warned in the log until it does. A wrong setting (a 5-digit BIN, say) stops the application
 * at first use with the key named, instead of showing shoppers a code their bank refuses.
 */
@ApplicationScoped
public class VietQrSettings {

    /** Vietcombank's NAPAS BIN (real). */
    public static final String DEMO_BANK_BIN = "970436";
    public static final String DEMO_BANK_NAME = "Vietcombank";
    /** Not a real account: demo only. */
    public static final String DEMO_ACCOUNT_NUMBER = "0011000000000";
    public static final String DEMO_ACCOUNT_NAME = "TAI KHOAN DEMO - KHONG CHUYEN";

    private static final Logger LOG = RequestLog.logger(VietQrSettings.class);

    @Inject
    @ConfigProperty(name = "dacsan.payment.vietqr.bank-bin", defaultValue = DEMO_BANK_BIN)
    String bankBin;
    @Inject
    @ConfigProperty(name = "dacsan.payment.vietqr.bank-name", defaultValue = DEMO_BANK_NAME)
    String bankName;
    @Inject
    @ConfigProperty(name = "dacsan.payment.vietqr.account-number", defaultValue = DEMO_ACCOUNT_NUMBER)
    String accountNumber;
    @Inject
    @ConfigProperty(name = "dacsan.payment.vietqr.account-name", defaultValue = DEMO_ACCOUNT_NAME)
    String accountName;

    private ReceivingAccount platformAccount;

    public VietQrSettings() {
    }

    public VietQrSettings(ReceivingAccount platformAccount) {
        this.platformAccount = platformAccount;
    }

    @PostConstruct
    void init() {
        try {
            platformAccount = new ReceivingAccount(bankBin, bankName, accountNumber, accountName);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("dacsan.payment.vietqr.* does not name a usable account: " + e.getMessage(), e);
        }
        if (isDemoAccount()) {
            LOG.warning("VietQR codes point to the DEMO account " + DEMO_ACCOUNT_NUMBER
                    + ", which belongs to no one; set dacsan.payment.vietqr.bank-bin, dacsan.payment.vietqr.bank-name,"
                    + " dacsan.payment.vietqr.account-number and dacsan.payment.vietqr.account-name for real transfers");
        }
    }

    public ReceivingAccount platformAccount() {
        return platformAccount;
    }

    /** True while the platform account is still the demo default (a page may say so). */
    public boolean isDemoAccount() {
        return DEMO_ACCOUNT_NUMBER.equals(platformAccount.accountNumber()) && DEMO_BANK_BIN.equals(platformAccount.bankBin());
    }
}
