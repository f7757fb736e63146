package vn.dacsan.cart.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountService;
import vn.dacsan.cart.application.CartService;
import vn.dacsan.cart.domain.CartChange;
import vn.dacsan.cart.domain.CartView;

/**
 * The logged-in account's cart (HTTP Basic), the same cart its pages show. A quantity above the
 * stock is held to it and the answer's "change" says so; a refused change is a problem (see
 * {@code ProblemMappers.CartRefused}) and changes nothing.
 */
@Path("/v1/cart")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CartResource {

    private static final String CHALLENGE = "Basic realm=\"dacsan\"";

    @Inject
    CartService carts;
    @Inject
    AccountService accounts;
    @Context
    SecurityContext security;

    public record Item(Long productId, Integer quantity) {
    }

    public record Quantity(Integer quantity) {
    }

    /** The cart after a change, and what the change did to its line. */
    public record Changed(CartChange change, CartView cart) {
    }

    @GET
    @Operation(summary = "The cart, grouped by producer, with today's prices, price changes since adding and stock")
    public CartView cart() {
        return carts.view(accountId());
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a quantity of a product (adds up with what is in the cart)")
    public Changed add(Item item) {
        if (item == null || item.productId() == null || item.quantity() == null) {
            throw new BadRequestException("Send {\"productId\": ..., \"quantity\": ...}");
        }
        long account = accountId();
        return new Changed(carts.add(account, item.productId(), item.quantity()), carts.view(account));
    }

    @PUT
    @Path("items/{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the quantity of a product in the cart")
    public Changed change(@PathParam("productId") long productId, Quantity quantity) {
        if (quantity == null || quantity.quantity() == null) {
            throw new BadRequestException("Send {\"quantity\": ...}");
        }
        long account = accountId();
        return new Changed(carts.changeQuantity(account, productId, quantity.quantity()), carts.view(account));
    }

    @DELETE
    @Path("items/{productId}")
    @Operation(summary = "Removes a product from the cart")
    public CartView remove(@PathParam("productId") long productId) {
        long account = accountId();
        if (!carts.remove(account, productId)) {
            throw new NotFoundException("Product " + productId + " is not in the cart");
        }
        return carts.view(account);
    }

    private long accountId() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException(CHALLENGE);
        }
        return accounts.profile(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotAuthorizedException(CHALLENGE)).id();
    }
}
