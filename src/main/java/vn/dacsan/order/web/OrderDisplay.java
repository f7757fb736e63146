package vn.dacsan.order.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dacsan.order.application.OrderView;
import vn.dacsan.payment.application.PaymentProviders;
import vn.dacsan.payment.domain.PaymentInstructions;
import vn.dacsan.payment.domain.PaymentRequest;
import vn.dacsan.payment.vietqr.VietQrImage;
import vn.dacsan.platform.web.Storefront;

/** How an order's payment reads on the confirmation and tracking pages: instructions and, for VietQR, the code to scan. */
@Named
@ApplicationScoped
public class OrderDisplay {

    static final int QR_SIZE = 280;

    @Inject
    PaymentProviders payments;
    @Inject
    Storefront storefront;

    /** What the buyer is asked to do, in the page's language: pay the courier, or transfer with the given note. */
    public String instructionsText(OrderView order) {
        return storefront.text(instructions(order).messageKey(), storefront.vnd(order.totalVnd()), transferNote(order));
    }

    public PaymentInstructions instructions(OrderView order) {
        return payments.provider(order.paymentMethod()).instructions(PaymentRequest.toPlatform(order.code(), order.totalVnd()));
    }

    /** The VietQR image as a data: address (allowed by the site's CSP), or null for other methods. */
    public String qrImage(OrderView order) {
        return instructions(order) instanceof PaymentInstructions.BankTransfer transfer
                ? VietQrImage.dataUri(transfer.qrPayload(), QR_SIZE) : null;
    }

    public String transferNote(OrderView order) {
        return instructions(order) instanceof PaymentInstructions.BankTransfer transfer ? transfer.transferNote() : "";
    }

    public PaymentInstructions.BankTransfer bankTransfer(OrderView order) {
        return instructions(order) instanceof PaymentInstructions.BankTransfer transfer ? transfer : null;
    }
}
