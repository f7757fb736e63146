package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.dacsan.notification.application.Notifications;
import vn.dacsan.notification.domain.Notice;
import vn.dacsan.order.domain.CustomerOrder;
import vn.dacsan.platform.text.Vnd;

/**
 * Tells the shopper (when logged in) that the order arrived and each producer of a new order for its products, in the order's own transaction (the
 * email follows later and never undoes the order).
 */
@ApplicationScoped
public class OrderNotices {

    @Inject
    Notifications notifications;
    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    void onOrder(@Observes OrderNews news) {
        if (news.kind() != OrderNews.Kind.PLACED) {
            return;
        }
        CustomerOrder order = em.find(CustomerOrder.class, news.orderId());
        if (order != null && order.getShopperId() != null) {
            notifications.toAccount(order.getShopperId(), new Notice("ORDER_CONFIRMATION", "Đã nhận đơn hàng " + news.orderCode(),
                    "Cảm ơn bạn đã đặt hàng. Mã đơn " + news.orderCode() + ", tổng " + Vnd.format(order.getTotalVnd())
                            + ". Mỗi doanh nghiệp sẽ xác nhận phần đơn của mình; bạn theo dõi tại trang Đơn hàng của tôi.",
                    "/don-hang-cua-toi"));
        }
        for (long producer : news.producerIds()) {
            notifications.toProducer(producer, new Notice("ORDER_PLACED", "Đơn hàng mới " + news.orderCode(),
                    "Có đơn hàng mới " + news.orderCode() + " cho sản phẩm của doanh nghiệp. Hãy xác nhận đơn trong khu vực bán hàng.",
                    "/ban-hang/don-hang.xhtml?state=PLACED"));
        }
    }
}
