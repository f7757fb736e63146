package vn.dacsan.cart.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.dacsan.cart.domain.CartChange;
import vn.dacsan.cart.domain.CartRefusal;
import vn.dacsan.platform.web.RequestOrigin;
import vn.dacsan.platform.web.Storefront;

/**
 * The cart's plain HTML forms, POST only, each answered with a redirect (so the product page
 * stays stateless and a reload never posts twice): add from the product page (back to it, with a
 * message), change a quantity, remove a line, accept today's prices (back to the cart page).
 * A post from another site's page is refused.
 */
@WebServlet({CartServlet.ADD, CartServlet.QUANTITY, CartServlet.REMOVE, CartServlet.ACCEPT_PRICES})
public class CartServlet extends HttpServlet {

    public static final String PAGE = "/gio-hang";
    static final String ADD = PAGE + "/them";
    static final String QUANTITY = PAGE + "/so-luong";
    static final String REMOVE = PAGE + "/xoa";
    static final String ACCEPT_PRICES = PAGE + "/nhan-gia-moi";

    @Inject
    CurrentCart cart;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!RequestOrigin.fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String action = request.getServletPath();
        if (action.equals(ACCEPT_PRICES)) {
            cart.acceptPrices();
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        Long productId = number(request.getParameter("productId"));
        if (productId == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String back = request.getContextPath() + PAGE;
        try {
            switch (action) {
                case ADD -> {
                    String slug = request.getParameter("slug");
                    if (slug != null && !slug.isBlank()) {
                        back = request.getContextPath() + "/san-pham/" + Storefront.encode(slug.strip()).replace("+", "%20");
                    }
                    cart.tell(CartNotice.added(cart.add(productId, quantity(request))));
                }
                case QUANTITY -> {
                    CartChange change = cart.changeQuantity(productId, quantity(request));
                    if (change.clamped()) {
                        cart.tell(CartNotice.held(change));
                    }
                }
                default -> {
                    if (cart.remove(productId)) {
                        cart.tell(CartNotice.info("cart.removed"));
                    }
                }
            }
        } catch (CartRefusal refused) {
            cart.tell(CartNotice.refused(refused));
        }
        response.sendRedirect(back);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    /** A quantity that is not a number in range is refused by the cart like any other. */
    private static int quantity(HttpServletRequest request) {
        String typed = request.getParameter("quantity");
        if (typed == null || !typed.strip().matches("-?[0-9]{1,6}")) {
            return 0;
        }
        return Integer.parseInt(typed.strip());
    }

    private static Long number(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }
}
