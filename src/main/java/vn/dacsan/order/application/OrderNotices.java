package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;
import vn.dacsan.order.application.OrderView.Delivery;
import vn.dacsan.order.application.OrderView.ItemView;
import vn.dacsan.order.application.OrderView.SubOrderView;
import vn.dacsan.order.domain.OrderState;
import vn.dacsan.payment.application.PaymentProviders;
import vn.dacsan.payment.domain.PaymentInstructions;
import vn.dacsan.payment.domain.PaymentRequest;
import vn.dacsan.platform.text.Vnd;

/**
 * Tells the people of an order what happened to it, in the order's own transaction (emails follow
 * later and never undo the order): the buyer that the order arrived (with its items, address and
 * how to pay), when a producer confirms, ships, delivers or cancels its part, and when the transfer
 * is marked paid; each producer of a new order and of a part the buyer cancelled. A buyer with an
 * account reads it in the site and by email; a guest buyer who gave an email gets the email only.
 * Written in Vietnamese, the site's default language.
 */
@ApplicationScoped
public class OrderNotices {

    static final String PLACED = "ORDER_CONFIRMATION";
    static final String FOR_PRODUCER = "ORDER_PLACED";
    static final String MOVED = "ORDER_UPDATED";
    static final String CANCELLED_BY_BUYER = "ORDER_CANCELLED";
    static final String PAID = "ORDER_PAID";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    Notifications notifications;
    @Inject
    OrderRecords records;
    @Inject
    PaymentProviders payments;

    public OrderNotices() {
    }

    public OrderNotices(Notifications notifications, OrderRecords records, PaymentProviders payments) {
        this.notifications = notifications;
        this.records = records;
        this.payments = payments;
    }

    void onOrder(@Observes OrderNews news) {
        var found = records.byCode(news.orderCode());
        if (found.isEmpty()) {
            return;
        }
        OrderView order = records.view(found.get());
        Long shopper = found.get().getShopperId();
        switch (news.kind()) {
            case PLACED -> placed(order, shopper, news);
            case MOVED -> moved(order, shopper, news);
            case PAID -> tellBuyer(order, shopper, Notice.fitted(PAID, "Đã nhận thanh toán đơn hàng " + order.code(),
                    "Khoản chuyển " + Vnd.format(order.totalVnd()) + " cho đơn hàng " + order.code() + " đã được ghi nhận.", null));
        }
    }

    private void placed(OrderView order, Long shopper, OrderNews news) {
        tellBuyer(order, shopper, Notice.fitted(PLACED, "Đã nhận đơn hàng " + order.code(), receipt(order), null));
        for (long producer : news.producerIds()) {
            notifications.toProducer(producer, Notice.fitted(FOR_PRODUCER, "Đơn hàng mới " + order.code(),
                    "Có đơn hàng mới " + order.code() + " cho sản phẩm của doanh nghiệp. Hãy xác nhận đơn trong khu vực bán hàng.",
                    "/ban-hang/don-hang.xhtml?state=PLACED"));
        }
    }

    private void moved(OrderView order, Long shopper, OrderNews news) {
        SubOrderView part = order.subOrder(news.subOrderId());
        if (news.by() == OrderNews.Party.SHOPPER) {
            if (news.to() == OrderState.CANCELLED) {
                notifications.toProducer(part.producerId(), Notice.fitted(CANCELLED_BY_BUYER, "Khách đã huỷ đơn hàng " + order.code(),
                        "Người mua đã huỷ đơn hàng " + order.code() + " trước khi doanh nghiệp xác nhận; số hàng đã trả lại kho."
                                + (news.reason() == null ? "" : " Lý do: " + news.reason()),
                        "/ban-hang/don-hang.xhtml?state=CANCELLED"));
            }
            return;
        }
        String producer = part.producerName();
        String what = switch (news.to()) {
            case CONFIRMED -> producer + " đã xác nhận phần đơn của bạn và đang chuẩn bị hàng.";
            case SHIPPED -> producer + " đã giao phần đơn của bạn cho đơn vị vận chuyển.";
            case DELIVERED -> "Phần đơn của " + producer + " đã được giao. Cảm ơn bạn đã mua đặc sản!";
            case CANCELLED -> producer + " đã huỷ phần đơn của mình (" + Vnd.format(part.subtotalVnd()) + "). Lý do: "
                    + news.reason();
            case PLACED -> null;
        };
        if (what != null) {
            tellBuyer(order, shopper, Notice.fitted(MOVED, "Đơn hàng " + order.code() + ": " + stateName(news.to()).toLowerCase(VIETNAMESE),
                    what, null));
        }
    }

    /** The shopper's account when there is one, else the email the guest gave (none: nobody to tell). */
    private void tellBuyer(OrderView order, Long shopper, Notice notice) {
        if (shopper != null) {
            notifications.toAccount(shopper, notice.linkingTo("/don-hang-cua-toi"));
        } else if (order.delivery().email() != null && !order.delivery().email().isBlank()) {
            notifications.toAddress(order.delivery().email(), notice.linkingTo("/tra-cuu-don-hang?ma=" + order.code()));
        }
    }

    /** What was bought from whom, where it goes and how to pay: what the confirmation page shows, as text. */
    String receipt(OrderView order) {
        StringBuilder text = new StringBuilder("Cảm ơn bạn đã đặt hàng. Mã đơn ").append(order.code())
                .append(", tổng ").append(Vnd.format(order.totalVnd())).append(".\n");
        for (SubOrderView part : order.subOrders()) {
            text.append('\n').append(part.producerName()).append(":\n");
            for (ItemView item : part.items()) {
                text.append("- ").append(item.name()).append(" × ").append(item.quantity())
                        .append(": ").append(Vnd.format(item.lineTotalVnd())).append('\n');
            }
        }
        Delivery to = order.delivery();
        text.append("\nGiao tới: ").append(to.name()).append(", ").append(to.phone()).append(", ").append(to.street())
                .append(", ").append(to.communeName()).append(", ").append(to.provinceName()).append('\n');
        text.append('\n').append(paymentText(order)).append('\n');
        text.append("\nMỗi doanh nghiệp sẽ xác nhận phần đơn của mình. Tra cứu đơn bằng mã đơn và số điện thoại đặt hàng.");
        return text.toString();
    }

    private String paymentText(OrderView order) {
        PaymentInstructions instructions = payments.provider(order.paymentMethod())
                .instructions(PaymentRequest.toPlatform(order.code(), order.totalVnd()));
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", VIETNAMESE);
        String note = instructions instanceof PaymentInstructions.BankTransfer transfer ? transfer.transferNote() : "";
        String text = new MessageFormat(texts.getString(instructions.messageKey()), VIETNAMESE)
                .format(new Object[] {Vnd.format(order.totalVnd()), note});
        if (instructions instanceof PaymentInstructions.BankTransfer transfer) {
            text += "\nNgân hàng: " + transfer.account().bankName() + ", số tài khoản " + transfer.account().accountNumber()
                    + ", chủ tài khoản " + transfer.account().accountName() + ". Mã VietQR để quét có trên trang tra cứu đơn hàng.";
        }
        return text;
    }

    private static String stateName(OrderState state) {
        return ResourceBundle.getBundle("i18n.messages", VIETNAMESE).getString("order.state." + state.name());
    }
}
