package vn.dacsan.cart.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cart as the shopper reads it: one group per producer (each fulfils its own part), every
 * line with today's price beside the price seen when it was added, the stock, and whether the
 * product is still on sale. Totals count only lines still on sale.
 */
public record CartView(List<ProducerGroup> groups, long totalVnd, int itemCount) {

    public record ProducerGroup(long producerId, String producerSlug, String producerName, List<Line> lines, long subtotalVnd) {
    }

    /**
     * One line. {@code priceDifferenceVnd} is today's price minus the price seen (positive when
     * dearer); {@code exceedsStock} when fewer are left than the line holds; {@code available}
     * false once the product is no longer on sale.
     */
    public record Line(long productId, String name, String slug, String image, String unit, int quantity,
                       long priceVnd, long priceAddedVnd, int stock, boolean available, long lineTotalVnd) {

        public boolean priceChanged() {
            return priceVnd != priceAddedVnd;
        }

        public long priceDifferenceVnd() {
            return priceVnd - priceAddedVnd;
        }

        public boolean exceedsStock() {
            return quantity > stock;
        }

        /** The most the quantity field may ask for now. */
        public int maxQuantity() {
            return Math.max(1, Math.min(stock, Cart.MAX_QUANTITY));
        }
    }

    public static final CartView EMPTY = new CartView(List.of(), 0, 0);

    /** Lines whose product is unknown (never the case for a product once listed) are left out. */
    public static CartView of(List<CartLine> lines, Map<Long, ProductOffer> offers) {
        Map<Long, List<Line>> byProducer = new LinkedHashMap<>();
        Map<Long, ProductOffer> producers = new LinkedHashMap<>();
        for (CartLine line : lines) {
            ProductOffer offer = offers.get(line.productId());
            if (offer == null) {
                continue;
            }
            producers.putIfAbsent(offer.producerId(), offer);
            byProducer.computeIfAbsent(offer.producerId(), id -> new ArrayList<>())
                    .add(new Line(offer.productId(), offer.name(), offer.slug(), offer.image(), offer.unit(), line.quantity(),
                            offer.priceVnd(), line.priceAddedVnd(), offer.stock(), offer.live(),
                            offer.priceVnd() * line.quantity()));
        }
        List<ProducerGroup> groups = new ArrayList<>();
        long total = 0;
        int items = 0;
        for (Map.Entry<Long, List<Line>> entry : byProducer.entrySet()) {
            ProductOffer producer = producers.get(entry.getKey());
            long subtotal = entry.getValue().stream().filter(Line::available).mapToLong(Line::lineTotalVnd).sum();
            groups.add(new ProducerGroup(producer.producerId(), producer.producerSlug(), producer.producerName(),
                    List.copyOf(entry.getValue()), subtotal));
            total += subtotal;
            items += entry.getValue().stream().mapToInt(Line::quantity).sum();
        }
        return new CartView(List.copyOf(groups), total, items);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public List<Line> lines() {
        return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }

    public boolean anyPriceChanged() {
        return lines().stream().anyMatch(l -> l.available() && l.priceChanged());
    }

    public boolean anyExceedsStock() {
        return lines().stream().anyMatch(l -> l.available() && l.exceedsStock());
    }

    public boolean anyUnavailable() {
        return lines().stream().anyMatch(l -> !l.available());
    }

    /** Checkout can start: something to buy, everything on sale and in stock. */
    public boolean readyForCheckout() {
        return !isEmpty() && !anyUnavailable() && !anyExceedsStock();
    }
}
