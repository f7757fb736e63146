package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;

/**
 * Tells each producer of a new order for its products, in the order's own transaction (the
 * email follows later and never undoes the order).
 */
@ApplicationScoped
public class OrderNotices {

    @Inject
    Notifications notifications;

    void onOrder(@Observes OrderNews news) {
        if (news.kind() != OrderNews.Kind.PLACED) {
            return;
        }
        for (long producer : news.producerIds()) {
            notifications.toProducer(producer, new Notice("ORDER_PLACED", "Đơn hàng mới " + news.orderCode(),
                    "Có đơn hàng mới " + news.orderCode() + " cho sản phẩm của doanh nghiệp. Hãy xác nhận đơn trong khu vực bán hàng.",
                    "/ban-hang/don-hang.xhtml?state=PLACED"));
        }
    }
}
