package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.order.domain.CustomerOrder;
import vn.dacsan.order.domain.OrderItem;
import vn.dacsan.order.domain.OrderState;
import vn.dacsan.order.domain.OrderTransition;
import vn.dacsan.order.domain.SubOrder;

/**
 * Loading and writing what placing and fulfilling orders share: orders by code or key, the
 * stock counter, the append-only transitions, and the views built from them. Runs inside the
 * caller's transaction.
 */
@ApplicationScoped
public class OrderRecords {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    public OrderRecords() {
    }

    public OrderRecords(EntityManager em) {
        this.em = em;
    }

    Optional<CustomerOrder> byKey(String idempotencyKey) {
        return em.createQuery("select o from CustomerOrder o where o.idempotencyKey = :key", CustomerOrder.class)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    Optional<CustomerOrder> byCode(String code) {
        return em.createQuery("select o from CustomerOrder o where o.code = :code", CustomerOrder.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    SubOrder subOrder(long subOrderId, boolean lock) {
        SubOrder subOrder = lock ? em.find(SubOrder.class, subOrderId, LockModeType.PESSIMISTIC_WRITE) : em.find(SubOrder.class, subOrderId);
        if (subOrder == null) {
            throw new OrderNotFoundException("No sub-order " + subOrderId);
        }
        return subOrder;
    }

    /**
     * Takes {@code quantity} from a live product's stock if that many are left; false when not.
     * One conditional statement, so two buyers of the last unit cannot both pass a check and both
     * take it: the database serialises the updates and re-reads the row for the second.
     */
    boolean takeStock(long productId, int quantity) {
        return em.createNativeQuery("update product set stock = stock - ?1, version = version + 1"
                        + " where id = ?2 and stock >= ?1 and status = 'LIVE'")
                .setParameter(1, quantity)
                .setParameter(2, productId)
                .executeUpdate() == 1;
    }

    void returnStock(long productId, int quantity) {
        em.createNativeQuery("update product set stock = stock + ?1, version = version + 1 where id = ?2")
                .setParameter(1, quantity)
                .setParameter(2, productId)
                .executeUpdate();
    }

    int stockOf(long productId) {
        Number stock = (Number) em.createNativeQuery("select stock from product where id = ?1")
                .setParameter(1, productId).getSingleResult();
        return stock.intValue();
    }

    void record(SubOrder subOrder, OrderState from, OrderState to, Long actorId, String actorLabel, Instant at, String reason) {
        em.persist(new OrderTransition(subOrder.getId(), from, to, actorId, actorLabel, at, reason));
    }

    OrderView view(CustomerOrder order) {
        return views(List.of(order)).get(0);
    }

    List<OrderView> views(List<CustomerOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<SubOrder> parts = orders.stream().flatMap(o -> o.getSubOrders().stream()).toList();
        Map<Long, String> producers = producerNames(parts.stream().map(SubOrder::getProducerId).toList());
        Map<Long, List<OrderTransition>> steps = transitions(parts.stream().map(SubOrder::getId).toList());
        return orders.stream().map(order -> new OrderView(order.getId(), order.getCode(), order.getCreatedAt(), delivery(order),
                order.getPaymentMethod().name(), order.getPaymentState().name(), order.getPaidAt(), order.getTotalVnd(),
                order.getSubOrders().stream().map(s -> subOrderView(s, producers, steps)).toList())).toList();
    }

    SellerOrder sellerView(SubOrder subOrder) {
        return sellerViews(List.of(subOrder)).get(0);
    }

    List<SellerOrder> sellerViews(List<SubOrder> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        Map<Long, String> producers = producerNames(parts.stream().map(SubOrder::getProducerId).toList());
        Map<Long, List<OrderTransition>> steps = transitions(parts.stream().map(SubOrder::getId).toList());
        return parts.stream().map(s -> {
            CustomerOrder order = s.getOrder();
            return new SellerOrder(order.getCode(), order.getCreatedAt(), delivery(order), order.getPaymentMethod().name(),
                    order.getPaymentState().name(), subOrderView(s, producers, steps));
        }).toList();
    }

    private OrderView.SubOrderView subOrderView(SubOrder s, Map<Long, String> producers, Map<Long, List<OrderTransition>> steps) {
        return new OrderView.SubOrderView(s.getId(), s.getProducerId(), producers.get(s.getProducerId()), s.getState().name(),
                s.getSubtotalVnd(), s.getCancelReason(), s.getItems().stream().map(OrderRecords::itemView).toList(),
                steps.getOrDefault(s.getId(), List.of()).stream()
                        .map(t -> new OrderView.StepView(t.getFromState() == null ? null : t.getFromState().name(),
                                t.getToState().name(), t.getActorLabel(), t.getOccurredAt(), t.getReason()))
                        .toList());
    }

    private static OrderView.ItemView itemView(OrderItem i) {
        return new OrderView.ItemView(i.getProductId(), i.getProductName(), i.getUnit(), i.getUnitPriceVnd(), i.getQuantity(),
                i.getLineTotalVnd());
    }

    private OrderView.Delivery delivery(CustomerOrder order) {
        return new OrderView.Delivery(order.getBuyerName(), order.getPhone(), order.getEmail().orElse(null),
                order.getProvinceCode(), placeName(order.getProvinceCode()), order.getCommuneCode(),
                placeName(order.getCommuneCode()), order.getStreet(), order.getNote());
    }

    private String placeName(String code) {
        AdminUnit unit = em.find(AdminUnit.class, code);
        return unit == null ? code : unit.getName();
    }

    private Map<Long, String> producerNames(Collection<Long> ids) {
        return em.createQuery("select p from Producer p where p.id in :ids", Producer.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(Producer::getId, Producer::getName));
    }

    private Map<Long, List<OrderTransition>> transitions(Collection<Long> subOrderIds) {
        return em.createQuery("select t from OrderTransition t where t.subOrderId in :ids order by t.occurredAt, t.id",
                        OrderTransition.class)
                .setParameter("ids", List.copyOf(subOrderIds))
                .getResultStream()
                .collect(Collectors.groupingBy(OrderTransition::getSubOrderId));
    }

    EntityManager em() {
        return em;
    }
}
