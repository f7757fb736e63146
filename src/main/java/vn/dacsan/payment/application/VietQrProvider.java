package vn.dacsan.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dacsan.payment.domain.PaymentInstructions;
import vn.dacsan.payment.domain.PaymentMethod;
import vn.dacsan.payment.domain.PaymentProvider;
import vn.dacsan.payment.domain.PaymentRequest;
import vn.dacsan.payment.domain.PaymentStatus;
import vn.dacsan.payment.domain.ReceivingAccount;
import vn.dacsan.payment.vietqr.VietQrPayload;

/**
 * Bank transfer with a VietQR code: the order waits UNPAID until the producer or staff see the
 * money arrive and mark it. The note is the order code, so a statement line leads to its order.
 * Money goes to the request's own account if it has one, else to the platform's configured account.
 */
@ApplicationScoped
public class VietQrProvider implements PaymentProvider {

    @Inject
    VietQrSettings settings;

    public VietQrProvider() {
    }

    public VietQrProvider(VietQrSettings settings) {
        this.settings = settings;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.VIETQR;
    }

    @Override
    public PaymentStatus initialStatus() {
        return PaymentStatus.UNPAID;
    }

    @Override
    public PaymentInstructions instructions(PaymentRequest request) {
        ReceivingAccount account = request.receivingAccount().orElseGet(settings::platformAccount);
        String note = VietQrPayload.transferNote(request.orderCode());
        String payload = VietQrPayload.encode(account, request.amountVnd(), note);
        return new PaymentInstructions.BankTransfer(account, request.amountVnd(), note, payload);
    }
}
