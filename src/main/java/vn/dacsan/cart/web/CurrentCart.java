package vn.dacsan.cart.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.application.AccountService;
import vn.dacsan.cart.application.CartService;
import vn.dacsan.cart.domain.Cart;
import vn.dacsan.cart.domain.CartChange;
import vn.dacsan.cart.domain.CartView;

/**
 * The cart of whoever makes this request: a logged-in account's cart lives in the database
 * (every role may shop), an anonymous shopper's in the HTTP session. Reading never creates a
 * session; only a change to an anonymous cart does. The session cart is stored back after each
 * change (setAttribute), so a replicated session carries the change to the other instances.
 */
@Named
@RequestScoped
public class CurrentCart {

    static final String SESSION_CART = Cart.class.getName();
    static final String SESSION_NOTICES = CartNotice.class.getName();

    @Inject
    HttpServletRequest request;
    @Inject
    AccountService accounts;
    @Inject
    CartService carts;

    private Optional<AccountProfile> account;
    private CartView view;
    private Integer itemCount;

    /** The cart with today's prices and stock, grouped by producer (empty for a visitor without one). */
    public CartView view() {
        if (view == null) {
            view = account().map(a -> carts.view(a.id()))
                    .orElseGet(() -> sessionCart(false).map(carts::view).orElse(CartView.EMPTY));
        }
        return view;
    }

    /** For the header: units in the cart; 0 for a visitor without a session. */
    public int getItemCount() {
        if (itemCount == null) {
            itemCount = account().map(a -> carts.itemCount(a.id()))
                    .orElseGet(() -> sessionCart(false).map(Cart::itemCount).orElse(0));
        }
        return itemCount;
    }

    public CartChange add(long productId, int quantity) {
        return changed(account().map(a -> carts.add(a.id(), productId, quantity))
                .orElseGet(() -> {
                    Cart cart = sessionCart(true).orElseThrow();
                    CartChange change = carts.add(cart, productId, quantity);
                    store(cart);
                    return change;
                }));
    }

    public CartChange changeQuantity(long productId, int quantity) {
        return changed(account().map(a -> carts.changeQuantity(a.id(), productId, quantity))
                .orElseGet(() -> {
                    Cart cart = sessionCart(false).orElseGet(Cart::new);
                    CartChange change = carts.changeQuantity(cart, productId, quantity);
                    store(cart);
                    return change;
                }));
    }

    public boolean remove(long productId) {
        forget();
        if (account().isPresent()) {
            return carts.remove(account().get().id(), productId);
        }
        Optional<Cart> cart = sessionCart(false);
        boolean removed = cart.map(c -> c.remove(productId)).orElse(false);
        cart.ifPresent(this::store);
        return removed;
    }

    /** The shopper has seen today's prices; the cart stops pointing out the changes. */
    public void acceptPrices() {
        forget();
        if (account().isPresent()) {
            carts.acceptPrices(account().get().id());
        } else {
            sessionCart(false).ifPresent(cart -> {
                carts.acceptPrices(cart);
                store(cart);
            });
        }
    }

    /** Empties the cart, e.g. once an order for it was placed. */
    public void clear() {
        forget();
        if (account().isPresent()) {
            carts.clear(account().get().id());
        } else {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SESSION_CART);
            }
        }
    }

    /** The logged-in account, if any. */
    public Optional<AccountProfile> account() {
        if (account == null) {
            String login = request.getRemoteUser();
            account = login == null ? Optional.empty() : accounts.profile(login);
        }
        return account;
    }

    /** Keeps a message for the next page the shopper sees (there is a session whenever a cart changed). */
    void tell(CartNotice notice) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        List<CartNotice> notices = new ArrayList<>(pendingNotices(session));
        notices.add(notice);
        session.setAttribute(SESSION_NOTICES, notices);
    }

    /** The messages kept for this page, each shown once. */
    public List<CartNotice> takeNotices() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        List<CartNotice> notices = pendingNotices(session);
        if (!notices.isEmpty()) {
            session.removeAttribute(SESSION_NOTICES);
        }
        return notices;
    }

    @SuppressWarnings("unchecked")
    private static List<CartNotice> pendingNotices(HttpSession session) {
        Object notices = session.getAttribute(SESSION_NOTICES);
        return notices instanceof List<?> list ? (List<CartNotice>) list : List.of();
    }

    private Optional<Cart> sessionCart(boolean create) {
        HttpSession session = request.getSession(create);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.of(session.getAttribute(SESSION_CART) instanceof Cart cart ? cart : new Cart());
    }

    private void store(Cart cart) {
        HttpSession session = request.getSession(true);
        if (cart.isEmpty()) {
            session.removeAttribute(SESSION_CART);
        } else {
            session.setAttribute(SESSION_CART, cart);
        }
    }

    private CartChange changed(CartChange change) {
        forget();
        return change;
    }

    private void forget() {
        view = null;
        itemCount = null;
    }
}
