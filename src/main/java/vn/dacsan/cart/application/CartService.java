package vn.dacsan.cart.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dacsan.cart.domain.Cart;
import vn.dacsan.cart.domain.CartChange;
import vn.dacsan.cart.domain.CartLine;
import vn.dacsan.cart.domain.CartRefusal;
import vn.dacsan.cart.domain.CartView;
import vn.dacsan.cart.domain.MergeOutcome;
import vn.dacsan.cart.domain.ProductOffer;

/**
 * Cart use cases against today's catalogue. A session cart is changed in place (the caller
 * stores it back in the session); an account's cart is loaded, changed and saved in one
 * transaction. A refused change throws {@link CartRefusal} and changes nothing.
 */
@ApplicationScoped
@Transactional
public class CartService {

    @Inject
    CartOffers offers;
    @Inject
    AccountCarts carts;
    @Inject
    Clock clock;

    public CartService() {
    }

    public CartService(CartOffers offers, AccountCarts carts, Clock clock) {
        this.offers = offers;
        this.carts = carts;
        this.clock = clock;
    }

    // --- a cart held by the caller (the anonymous shopper's session cart)

    @Transactional(Transactional.TxType.SUPPORTS)
    public CartView view(Cart cart) {
        return CartView.of(cart.lines(), offersFor(cart));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CartChange add(Cart cart, long productId, int quantity) {
        return cart.add(offer(productId), quantity, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CartChange changeQuantity(Cart cart, long productId, int quantity) {
        return cart.changeQuantity(offer(productId), quantity);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void acceptPrices(Cart cart) {
        cart.acceptPrices(offersFor(cart));
    }

    // --- a logged-in account's cart, in the database

    @Transactional(Transactional.TxType.SUPPORTS)
    public CartView view(long accountId) {
        return view(carts.load(accountId, false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int itemCount(long accountId) {
        return carts.itemCount(accountId);
    }

    public CartChange add(long accountId, long productId, int quantity) {
        return change(accountId, cart -> add(cart, productId, quantity));
    }

    public CartChange changeQuantity(long accountId, long productId, int quantity) {
        return change(accountId, cart -> changeQuantity(cart, productId, quantity));
    }

    public boolean remove(long accountId, long productId) {
        return change(accountId, cart -> cart.remove(productId));
    }

    public void acceptPrices(long accountId) {
        change(accountId, cart -> {
            acceptPrices(cart);
            return null;
        });
    }

    /** Empties the account's cart: after an order is placed, in the order's transaction. */
    public void clear(long accountId) {
        change(accountId, cart -> {
            cart.clear();
            return null;
        });
    }

    /** Moves a session cart into the account's cart (on login); the caller then drops the session cart. */
    public MergeOutcome merge(long accountId, Cart sessionCart) {
        return change(accountId, cart -> cart.merge(sessionCart, offersFor(sessionCart)));
    }

    private <T> T change(long accountId, Function<Cart, T> work) {
        Cart cart = carts.load(accountId, true);
        T result = work.apply(cart);
        carts.save(accountId, cart);
        return result;
    }

    private ProductOffer offer(long productId) {
        return offers.of(productId).orElseThrow(() -> new CartRefusal(CartRefusal.Reason.NOT_AVAILABLE, productId));
    }

    private Map<Long, ProductOffer> offersFor(Cart cart) {
        List<Long> ids = cart.lines().stream().map(CartLine::productId).toList();
        return offers.of(ids);
    }
}
