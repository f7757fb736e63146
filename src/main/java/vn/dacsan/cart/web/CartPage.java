package vn.dacsan.cart.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dacsan.cart.domain.CartView;
import vn.dacsan.platform.web.Storefront;

/**
 * The cart page (/gio-hang) and the cart messages on the product page: the cart grouped by
 * producer, and what the last change did (each message shown once).
 */
@Named
@RequestScoped
public class CartPage {

    /** Where checkout starts. */
    public static final String CHECKOUT = "/dat-hang";

    @Inject
    CurrentCart currentCart;
    @Inject
    Storefront storefront;

    private List<Message> messages;

    /** A message in the page's language. */
    public record Message(String text, boolean problem) {
    }

    public CartView getCart() {
        return currentCart.view();
    }

    public List<Message> getMessages() {
        if (messages == null) {
            messages = currentCart.takeNotices().stream()
                    .map(n -> new Message(storefront.text(n.key(), n.args().toArray()), n.problem()))
                    .toList();
        }
        return messages;
    }

    public String action(String name) {
        return storefront.contextPath() + CartServlet.PAGE + "/" + name;
    }

    public String getCheckoutUrl() {
        return storefront.contextPath() + CHECKOUT;
    }

    /** "+5.000 ₫" or "−5.000 ₫": how today's price differs from the price seen. */
    public String difference(long differenceVnd) {
        return (differenceVnd > 0 ? "+" : "\u2212") + storefront.vnd(Math.abs(differenceVnd));
    }
}
