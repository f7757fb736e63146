package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.order.domain.CustomerOrder;
import vn.dacsan.order.domain.OrderState;
import vn.dacsan.order.domain.SubOrder;
import vn.dacsan.payment.application.PaymentProviders;
import vn.dacsan.search.application.SearchOutbox;

/**
 * Writes one checkout in one transaction of its own: the idempotency key is claimed first, then
 * stock is taken by conditional updates, then the order, its sub-orders per producer, items and
 * first transitions are written with the search outbox entries. Any failure leaves nothing.
 * A separate bean from {@link OrderService} so that each call passes through the transaction
 * interceptor (a bean calling itself would not start a new transaction).
 */
@ApplicationScoped
public class OrderPlacement {

    @Inject
    OrderRecords records;
    @Inject
    SearchOutbox outbox;
    @Inject
    Clock clock;
    @Inject
    Event<OrderNews> news;
    @Inject
    PaymentProviders payments;

    public OrderPlacement() {
    }

    public OrderPlacement(OrderRecords records, SearchOutbox outbox, Clock clock, Event<OrderNews> news, PaymentProviders payments) {
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
        this.news = news;
        this.payments = payments;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PlacedOrder place(OrderRules.Checked checked, String hash, Optional<AccountProfile> shopper, String key, Locale locale) {
        Optional<CustomerOrder> earlier = records.byKey(key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        Map<Long, Product> products = products(checked);
        checkReferences(checked, products, locale);
        checkPrices(checked, products);
        checkStock(checked, products);

        Instant now = clock.instant();
        CustomerOrder order = new CustomerOrder(checked.name(), checked.phone(), checked.email(), checked.provinceCode(),
                checked.communeCode(), checked.street(), checked.note(), checked.payment(),
                payments.provider(checked.payment()).initialStatus(),
                shopper.map(AccountProfile::id).orElse(null), key, hash, now);
        records.em().persist(order);
        order.assignCode(now.atZone(clock.getZone()).getYear());
        // The key's unique constraint is met here, before any stock is touched: a concurrent
        // request with the same key waits for this one, then fails and finds this order.
        records.em().flush();

        List<OutOfStockException.Shortage> shortages = new ArrayList<>();
        for (OrderRules.Checked.Line line : checked.lines()) {
            if (!records.takeStock(line.productId(), line.quantity())) {
                Product product = products.get(line.productId());
                shortages.add(new OutOfStockException.Shortage(line.productId(), product.getName(), line.quantity(),
                        records.stockOf(line.productId())));
            }
        }
        if (!shortages.isEmpty()) {
            throw new OutOfStockException(shortages);
        }

        Map<Long, List<OrderRules.Checked.Line>> byProducer = checked.lines().stream()
                .collect(Collectors.groupingBy(l -> products.get(l.productId()).getProducer().getId(), TreeMap::new, Collectors.toList()));
        byProducer.forEach((producerId, lines) -> {
            SubOrder subOrder = order.addSubOrder(producerId, now);
            for (OrderRules.Checked.Line line : lines) {
                Product product = products.get(line.productId());
                subOrder.addItem(product.getId(), product.getName(), product.getUnit(), product.getPriceVnd(), line.quantity());
            }
        });
        order.total();
        records.em().flush();

        Long actorId = shopper.map(AccountProfile::id).orElse(null);
        String actor = shopper.map(AccountProfile::displayName).orElse(checked.name());
        for (SubOrder subOrder : order.getSubOrders()) {
            records.record(subOrder, null, OrderState.PLACED, actorId, actor, now, null);
        }
        checked.lines().forEach(line -> outbox.productChanged(line.productId()));
        news.fire(new OrderNews(OrderNews.Kind.PLACED, order.getId(), order.getCode(), null, List.copyOf(byProducer.keySet()),
                null, OrderState.PLACED, actor, OrderNews.Party.SHOPPER, null));
        records.em().flush();
        return new PlacedOrder(records.view(order), false);
    }

    /** The order an earlier request with this key placed, looked up in a fresh transaction after a lost race. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PlacedOrder> earlier(String key, String hash) {
        return records.byKey(key).map(order -> replay(order, hash));
    }

    private PlacedOrder replay(CustomerOrder order, String hash) {
        if (!order.sameRequest(hash)) {
            throw new IdempotencyConflictException();
        }
        return new PlacedOrder(records.view(order), true);
    }

    private Map<Long, Product> products(OrderRules.Checked checked) {
        List<Long> ids = checked.lines().stream().map(OrderRules.Checked.Line::productId).toList();
        return records.em().createQuery("select p from Product p join fetch p.producer where p.id in :ids", Product.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
    }

    private void checkReferences(OrderRules.Checked checked, Map<Long, Product> products, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        for (OrderRules.Checked.Line line : checked.lines()) {
            Product product = products.get(line.productId());
            if (product == null || !product.isLive()) {
                errors.add(OrderRules.error(locale, "items[" + line.index() + "].productId", "not-on-sale"));
            }
        }
        AdminUnit province = records.em().find(AdminUnit.class, checked.provinceCode());
        if (province == null || province.getValidTo() != null || province.getLevel() != AdminLevel.PROVINCE) {
            errors.add(OrderRules.error(locale, "address.provinceCode", "unknown-province"));
        } else {
            AdminUnit commune = records.em().find(AdminUnit.class, checked.communeCode());
            if (commune == null || commune.getValidTo() != null
                    || (commune.getLevel() != AdminLevel.COMMUNE && commune.getLevel() != AdminLevel.WARD)
                    || commune.getParent() == null || !commune.getParent().getCode().equals(province.getCode())) {
                errors.add(OrderRules.error(locale, "address.communeCode", "unknown-commune"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidOrderException(errors);
        }
    }

    private static void checkPrices(OrderRules.Checked checked, Map<Long, Product> products) {
        List<PriceChangedException.PriceChange> changes = checked.lines().stream()
                .filter(l -> l.expectedPriceVnd() != null && l.expectedPriceVnd() != products.get(l.productId()).getPriceVnd())
                .map(l -> {
                    Product p = products.get(l.productId());
                    return new PriceChangedException.PriceChange(p.getId(), p.getName(), l.expectedPriceVnd(), p.getPriceVnd());
                })
                .toList();
        if (!changes.isEmpty()) {
            throw new PriceChangedException(changes);
        }
    }

    /** A first answer from what was read; the conditional updates decide for certain. */
    private static void checkStock(OrderRules.Checked checked, Map<Long, Product> products) {
        List<OutOfStockException.Shortage> shortages = checked.lines().stream()
                .filter(l -> l.quantity() > products.get(l.productId()).getStock())
                .map(l -> {
                    Product p = products.get(l.productId());
                    return new OutOfStockException.Shortage(p.getId(), p.getName(), l.quantity(), p.getStock());
                })
                .toList();
        if (!shortages.isEmpty()) {
            throw new OutOfStockException(shortages);
        }
    }
}
