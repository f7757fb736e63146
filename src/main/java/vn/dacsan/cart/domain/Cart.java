package vn.dacsan.cart.domain;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A shopper's cart: lines in the order they were added, one per product. Only products on sale
 * and in stock can be added; a line holds 1 to 999 and never more than the stock (a larger
 * request is held to the limit and the change says so); a cart holds at most 50 lines. Small and
 * serializable, so an anonymous shopper's cart can live in the HTTP session.
 */
public class Cart implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 999;
    public static final int MAX_LINES = 50;

    private final List<CartLine> lines = new ArrayList<>();

    public Cart() {
    }

    public Cart(List<CartLine> lines) {
        lines.forEach(line -> {
            if (find(line.productId()).isPresent()) {
                throw new IllegalArgumentException("two lines for product " + line.productId());
            }
            this.lines.add(line);
        });
        if (this.lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("more than " + MAX_LINES + " lines");
        }
    }

    /** Adds to the product's line (or starts one) at today's price, which becomes the price seen. */
    public CartChange add(ProductOffer offer, int quantity, Instant at) {
        requireQuantity(offer.productId(), quantity);
        requireOnSale(offer);
        Optional<CartLine> existing = find(offer.productId());
        if (existing.isEmpty() && lines.size() >= MAX_LINES) {
            throw new CartRefusal(CartRefusal.Reason.TOO_MANY_LINES, offer.productId());
        }
        int wanted = existing.map(CartLine::quantity).orElse(0) + quantity;
        CartChange change = limit(offer, wanted);
        put(existing.map(line -> line.withQuantity(change.quantity()).withPrice(offer.priceVnd()))
                .orElseGet(() -> new CartLine(offer.productId(), change.quantity(), offer.priceVnd(), at)));
        return change;
    }

    /** Sets a line's quantity; the price seen stays, so a price change since adding still shows. */
    public CartChange changeQuantity(ProductOffer offer, int quantity) {
        CartLine line = find(offer.productId())
                .orElseThrow(() -> new CartRefusal(CartRefusal.Reason.NOT_IN_CART, offer.productId()));
        requireQuantity(offer.productId(), quantity);
        requireOnSale(offer);
        CartChange change = limit(offer, quantity);
        put(line.withQuantity(change.quantity()));
        return change;
    }

    public boolean remove(long productId) {
        return lines.removeIf(line -> line.productId() == productId);
    }

    public void clear() {
        lines.clear();
    }

    /** The shopper has seen today's prices: they become the prices seen, and no line shows a change. */
    public void acceptPrices(Map<Long, ProductOffer> offers) {
        lines.replaceAll(line -> {
            ProductOffer offer = offers.get(line.productId());
            return offer == null ? line : line.withPrice(offer.priceVnd());
        });
    }

    /**
     * Moves another cart's lines into this one (a session cart into the account's on login):
     * quantities add up under the usual limits; an existing line keeps its price seen and the
     * earlier date. Lines that cannot be added are reported, not kept.
     */
    public MergeOutcome merge(Cart other, Map<Long, ProductOffer> offers) {
        int moved = 0;
        List<CartChange> clamped = new ArrayList<>();
        List<Long> dropped = new ArrayList<>();
        for (CartLine incoming : other.lines()) {
            ProductOffer offer = offers.get(incoming.productId());
            Optional<CartLine> existing = find(incoming.productId());
            if (offer == null || !offer.live() || offer.stock() <= 0 || (existing.isEmpty() && lines.size() >= MAX_LINES)) {
                dropped.add(incoming.productId());
                continue;
            }
            int wanted = existing.map(CartLine::quantity).orElse(0) + incoming.quantity();
            CartChange change = limit(offer, wanted);
            put(existing.map(line -> new CartLine(line.productId(), change.quantity(), line.priceAddedVnd(),
                            line.addedAt().isBefore(incoming.addedAt()) ? line.addedAt() : incoming.addedAt()))
                    .orElseGet(() -> incoming.withQuantity(change.quantity())));
            moved++;
            if (change.clamped()) {
                clamped.add(change);
            }
        }
        return new MergeOutcome(moved, clamped, dropped);
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public Optional<CartLine> find(long productId) {
        return lines.stream().filter(line -> line.productId() == productId).findFirst();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** How many items, counting each unit: what the header shows. */
    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    private static void requireQuantity(long productId, int quantity) {
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new CartRefusal(CartRefusal.Reason.QUANTITY_OUT_OF_RANGE, productId);
        }
    }

    private static void requireOnSale(ProductOffer offer) {
        if (!offer.live()) {
            throw new CartRefusal(CartRefusal.Reason.NOT_AVAILABLE, offer.productId());
        }
        if (offer.stock() <= 0) {
            throw new CartRefusal(CartRefusal.Reason.OUT_OF_STOCK, offer.productId());
        }
    }

    private static CartChange limit(ProductOffer offer, int wanted) {
        int allowed = Math.min(wanted, Math.min(MAX_QUANTITY, offer.stock()));
        CartChange.Limit limit = allowed == wanted ? CartChange.Limit.NONE
                : offer.stock() < MAX_QUANTITY ? CartChange.Limit.STOCK : CartChange.Limit.MAXIMUM;
        return new CartChange(offer.productId(), offer.name(), offer.unit(), wanted, allowed, limit);
    }

    private void put(CartLine line) {
        int at = IntStream.range(0, lines.size()).filter(i -> lines.get(i).productId() == line.productId()).findFirst().orElse(-1);
        if (at < 0) {
            lines.add(line);
        } else {
            lines.set(at, line);
        }
    }
}
