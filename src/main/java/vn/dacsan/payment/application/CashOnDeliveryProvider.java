package vn.dacsan.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dacsan.payment.domain.PaymentInstructions;
import vn.dacsan.payment.domain.PaymentMethod;
import vn.dacsan.payment.domain.PaymentProvider;
import vn.dacsan.payment.domain.PaymentRequest;
import vn.dacsan.payment.domain.PaymentStatus;

/** Cash to the courier on delivery: nothing is collected before, so the order needs no payment step. */
@ApplicationScoped
public class CashOnDeliveryProvider implements PaymentProvider {

    @Override
    public PaymentMethod method() {
        return PaymentMethod.COD;
    }

    @Override
    public PaymentStatus initialStatus() {
        return PaymentStatus.NOT_REQUIRED;
    }

    @Override
    public PaymentInstructions instructions(PaymentRequest request) {
        return new PaymentInstructions.CashOnDelivery(request.amountVnd());
    }
}
