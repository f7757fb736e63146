package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.order.domain.CustomerOrder;
import vn.dacsan.order.domain.OrderItem;
import vn.dacsan.order.domain.OrderState;
import vn.dacsan.order.domain.OrderStateException;
import vn.dacsan.order.domain.SubOrder;
import vn.dacsan.platform.text.PhoneNumber;
import vn.dacsan.search.application.SearchOutbox;

/**
 * Orders from checkout to doorstep: placing them exactly once, tracking by code and phone, and
 * each producer moving its own part PLACED → CONFIRMED → SHIPPED → DELIVERED or cancelling it.
 * Every step is recorded with who took it and when; a cancellation gives the stock back.
 */
@ApplicationScoped
@Transactional
public class OrderService {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final int LIST_LIMIT = 500;

    @Inject
    OrderPlacement placement;
    @Inject
    OrderRecords records;
    @Inject
    SearchOutbox outbox;
    @Inject
    Clock clock;
    @Inject
    Event<OrderNews> news;

    public OrderService() {
    }

    public OrderService(OrderPlacement placement, OrderRecords records, SearchOutbox outbox, Clock clock, Event<OrderNews> news) {
        this.placement = placement;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
        this.news = news;
    }

    /** Places the order with messages in Vietnamese; see {@link #place(PlaceOrder, Optional, String, Locale)}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PlacedOrder place(PlaceOrder command, Optional<AccountProfile> shopper, String idempotencyKey) {
        return place(command, shopper, idempotencyKey, VIETNAMESE);
    }

    /**
     * Places the order once per idempotency key. The same key again returns the first order
     * ({@code replayed}); the same key with a different checkout is an {@link IdempotencyConflictException}.
     * Throws {@link InvalidOrderException}, {@link PriceChangedException} or {@link OutOfStockException}
     * and writes nothing when the checkout cannot be placed.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PlacedOrder place(PlaceOrder command, Optional<AccountProfile> shopper, String idempotencyKey, Locale locale) {
        String key = OrderRules.key(idempotencyKey, locale);
        OrderRules.Checked checked = OrderRules.check(command, locale);
        String hash = checked.hash(shopper.map(AccountProfile::id).orElse(null));
        try {
            return placement.place(checked, hash, shopper, key, locale);
        } catch (InvalidOrderException | IdempotencyConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            // A request with the same key may have won a race: its order, not this failure, is
            // the answer. The failed transaction is gone, so look in a new one.
            return placement.earlier(key, hash).orElseThrow(() -> e);
        }
    }

    /** The order with this code if {@code phone} is the one it was placed with; otherwise the same "not found". */
    public OrderView track(String code, String phone) {
        return records.view(tracked(code, phone, Optional.empty()));
    }

    /** A shopper's own order (by account), or any order for staff. */
    public OrderView get(AccountProfile caller, String code) {
        CustomerOrder order = records.byCode(normaliseCode(code)).orElseThrow(OrderService::notFound);
        if (!caller.isStaff() && !Long.valueOf(caller.id()).equals(order.getShopperId())) {
            throw notFound();
        }
        return records.view(order);
    }

    /** The orders a shopper placed while logged in, newest first. */
    public List<OrderView> history(AccountProfile shopper) {
        return records.views(records.em().createQuery(
                        "select o from CustomerOrder o where o.shopperId = :shopper order by o.createdAt desc, o.id desc", CustomerOrder.class)
                .setParameter("shopper", shopper.id())
                .setMaxResults(LIST_LIMIT)
                .getResultList());
    }

    /**
     * The shopper cancels before any producer has confirmed: every part still PLACED is cancelled
     * and its stock returned. Found by code and phone, or by the account that placed it.
     */
    public OrderView cancelByShopper(String code, String phone, Optional<AccountProfile> shopper, String reason, Locale locale) {
        String why = OrderRules.reason(reason, false, locale);
        CustomerOrder order = tracked(code, phone, shopper);
        records.em().lock(order, LockModeType.PESSIMISTIC_WRITE);
        List<SubOrder> open = new ArrayList<>();
        for (SubOrder part : order.getSubOrders()) {
            records.em().refresh(part, LockModeType.PESSIMISTIC_WRITE);
            if (part.getState() == OrderState.PLACED) {
                open.add(part);
            } else if (part.getState() != OrderState.CANCELLED) {
                throw new OrderStateException("already-confirmed",
                        "A producer has already confirmed part of this order; ask the producer to cancel it");
            }
        }
        if (open.isEmpty()) {
            throw new OrderStateException("already-cancelled", "This order is already cancelled");
        }
        String actor = shopper.map(AccountProfile::displayName).orElse(order.getBuyerName());
        Long actorId = shopper.map(AccountProfile::id).orElse(null);
        for (SubOrder part : open) {
            move(part, OrderState.CANCELLED, actorId, actor, OrderNews.Party.SHOPPER, why);
        }
        return records.view(order);
    }

    /** A producer's sub-orders, newest first, optionally in one state. */
    public List<SellerOrder> sellerOrders(AccountProfile seller, Optional<OrderState> state) {
        requireBusiness(seller);
        TypedQuery<SubOrder> query = records.em().createQuery("select s from SubOrder s join s.order o where s.producerId = :producer"
                        + (state.isPresent() ? " and s.state = :state" : "") + " order by o.createdAt desc, s.id desc", SubOrder.class)
                .setParameter("producer", seller.producerId())
                .setMaxResults(LIST_LIMIT);
        state.ifPresent(s -> query.setParameter("state", s));
        return records.sellerViews(query.getResultList());
    }

    public SellerOrder sellerOrder(AccountProfile seller, long subOrderId) {
        return records.sellerView(owned(seller, subOrderId, false));
    }

    public SellerOrder confirm(AccountProfile seller, long subOrderId) {
        return sellerMove(seller, subOrderId, OrderState.CONFIRMED, null);
    }

    public SellerOrder ship(AccountProfile seller, long subOrderId) {
        return sellerMove(seller, subOrderId, OrderState.SHIPPED, null);
    }

    public SellerOrder deliver(AccountProfile seller, long subOrderId) {
        return sellerMove(seller, subOrderId, OrderState.DELIVERED, null);
    }

    /** The producer cancels its part (before shipping) with a reason the shopper will read; the stock comes back. */
    public SellerOrder cancel(AccountProfile seller, long subOrderId, String reason, Locale locale) {
        String why = OrderRules.reason(reason, true, locale);
        return sellerMove(seller, subOrderId, OrderState.CANCELLED, why);
    }

    /** The bank transfer for the order arrived: marked by the producer of one of its parts, or by staff. */
    public OrderView markPaid(AccountProfile caller, long subOrderId) {
        SubOrder part = caller.isStaff() ? records.subOrder(subOrderId, false) : owned(caller, subOrderId, false);
        CustomerOrder order = part.getOrder();
        records.em().lock(order, LockModeType.PESSIMISTIC_WRITE);
        records.em().refresh(order);
        if (order.getSubOrders().stream().allMatch(s -> s.getState() == OrderState.CANCELLED)) {
            throw new OrderStateException("already-cancelled", "This order is cancelled; there is nothing to pay for");
        }
        Instant now = clock.instant();
        order.markPaid(now);
        news.fire(new OrderNews(OrderNews.Kind.PAID, order.getId(), order.getCode(), part.getId(),
                List.of(part.getProducerId()), null, null, caller.displayName(),
                caller.isStaff() ? OrderNews.Party.STAFF : OrderNews.Party.PRODUCER, null));
        return records.view(order);
    }

    /** Every producer's sub-orders for staff, newest first, filtered by state, producer and days. */
    public List<SellerOrder> staffOrders(AccountProfile staff, StaffOrderFilter filter) {
        if (!staff.isStaff()) {
            throw new NotYourOrderException();
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select s from SubOrder s join s.order o where 1 = 1")
                .append(filter.conditions(clock.getZone(), parameters));
        jpql.append(" order by o.createdAt desc, s.id desc");
        TypedQuery<SubOrder> query = records.em().createQuery(jpql.toString(), SubOrder.class).setMaxResults(LIST_LIMIT);
        parameters.forEach(query::setParameter);
        return records.sellerViews(query.getResultList());
    }

    private SellerOrder sellerMove(AccountProfile seller, long subOrderId, OrderState target, String reason) {
        SubOrder part = owned(seller, subOrderId, true);
        move(part, target, seller.id(), seller.displayName(), OrderNews.Party.PRODUCER, reason);
        return records.sellerView(part);
    }

    private void move(SubOrder part, OrderState target, Long actorId, String actor, OrderNews.Party by, String reason) {
        Instant now = clock.instant();
        OrderState from = part.moveTo(target, reason, now);
        records.record(part, from, target, actorId, actor, now, reason);
        if (target == OrderState.CANCELLED) {
            for (OrderItem item : part.getItems()) {
                records.returnStock(item.getProductId(), item.getQuantity());
                outbox.productChanged(item.getProductId());
            }
        }
        records.em().flush();
        CustomerOrder order = part.getOrder();
        news.fire(new OrderNews(OrderNews.Kind.MOVED, order.getId(), order.getCode(), part.getId(), List.of(part.getProducerId()),
                from, target, actor, by, reason));
    }

    private SubOrder owned(AccountProfile seller, long subOrderId, boolean lock) {
        requireBusiness(seller);
        SubOrder part = records.subOrder(subOrderId, lock);
        if (part.getProducerId() != seller.producerId()) {
            throw new NotYourOrderException();
        }
        return part;
    }

    private CustomerOrder tracked(String code, String phone, Optional<AccountProfile> shopper) {
        Optional<CustomerOrder> order = records.byCode(normaliseCode(code));
        boolean byPhone = order.isPresent() && phone != null && order.get().getPhone().equals(PhoneNumber.normalise(phone));
        boolean byAccount = order.isPresent() && shopper.isPresent()
                && Long.valueOf(shopper.get().id()).equals(order.get().getShopperId());
        if (!byPhone && !byAccount) {
            throw notFound();
        }
        return order.get();
    }

    private static String normaliseCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static OrderNotFoundException notFound() {
        return new OrderNotFoundException("No order with this code and phone number");
    }

    private static void requireBusiness(AccountProfile seller) {
        if (!seller.isBusiness()) {
            throw new NotYourOrderException();
        }
    }
}
