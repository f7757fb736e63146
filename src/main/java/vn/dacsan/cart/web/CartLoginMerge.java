package vn.dacsan.cart.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dacsan.account.application.AccountSignedIn;
import vn.dacsan.cart.application.CartService;
import vn.dacsan.cart.domain.Cart;
import vn.dacsan.cart.domain.CartChange;
import vn.dacsan.cart.domain.MergeOutcome;
import vn.dacsan.platform.logging.RequestLog;

/**
 * On login, what the visitor put in the session cart moves into the account's cart and the
 * session cart is emptied. The session survives the login's change of session id, so the cart
 * is still there. A failure here must not undo the login: the session cart is then kept.
 */
@ApplicationScoped
public class CartLoginMerge {

    private static final Logger LOG = RequestLog.logger(CartLoginMerge.class);

    @Inject
    HttpServletRequest request;
    @Inject
    CartService carts;
    @Inject
    CurrentCart currentCart;

    void merge(@Observes AccountSignedIn signedIn) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CurrentCart.SESSION_CART) instanceof Cart cart) || cart.isEmpty()) {
            return;
        }
        try {
            MergeOutcome outcome = carts.merge(signedIn.account().id(), cart);
            session.removeAttribute(CurrentCart.SESSION_CART);
            if (outcome.moved() > 0) {
                currentCart.tell(CartNotice.info("cart.merged", outcome.moved()));
            }
            for (CartChange held : outcome.clamped()) {
                currentCart.tell(CartNotice.held(held));
            }
            if (!outcome.dropped().isEmpty()) {
                currentCart.tell(CartNotice.problem("cart.mergeDropped", outcome.dropped().size()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not move the session cart into the cart of account " + signedIn.account().id(), e);
        }
    }
}
