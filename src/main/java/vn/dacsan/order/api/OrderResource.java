package vn.dacsan.order.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.listing.api.Callers;
import vn.dacsan.listing.api.ReasonBody;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.OrderView;
import vn.dacsan.order.application.PlaceOrder;
import vn.dacsan.order.application.PlacedOrder;
import vn.dacsan.order.application.TrackingLimiter;
import vn.dacsan.platform.api.Problem;
import vn.dacsan.platform.web.ClientAddress;

/**
 * Checkout and tracking over JSON, for anyone (a Basic login makes the order the account's).
 * Placing needs an Idempotency-Key header: a retry with the same key gets the same order.
 * Looking up an order by code and phone is rate-limited per client address.
 */
@Path("/v1/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OrderResource {

    @Inject
    ClientAddress clientAddress;
    @Inject
    OrderService orders;
    @Inject
    TrackingLimiter limiter;
    @Inject
    Callers callers;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order: 201 with the order, 200 with the same order when the Idempotency-Key was used before;"
            + " 409 with the items that lack stock or whose price changed, 422 for invalid fields or a key reused for another order")
    public Response place(PlaceOrder body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        if (key == null || key.isBlank()) {
            throw new WebApplicationException(Problem.response(400, "Missing Idempotency-Key",
                    "Send an Idempotency-Key header (a new UUID per checkout) so that a retry cannot place the order twice",
                    "Idempotency-Key"));
        }
        Optional<AccountProfile> shopper = callers.signedIn(security);
        PlacedOrder placed = orders.place(body, shopper, key, Callers.language(headers));
        if (placed.replayed()) {
            return Response.ok(placed.order()).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(placed.order().code()).build()).entity(placed.order()).build();
    }

    @GET
    @Operation(summary = "The logged-in shopper's orders, newest first")
    public List<OrderView> history() {
        return orders.history(callers.signedIn(security).orElseThrow(() -> new NotAuthorizedException("Basic realm=\"dacsan\"")));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Track an order by its code and the phone it was placed with (an unknown code and a wrong phone"
            + " both answer 404); at most a few look-ups a minute per client")
    public OrderView track(@PathParam("code") String code, @QueryParam("phone") String phone) {
        limiter.acquire(clientAddress.of(request));
        return orders.track(code, phone);
    }

    @POST
    @Path("{code}/cancel")
    @Operation(summary = "The shopper cancels an order no producer has confirmed yet (code and phone, optional reason);"
            + " the stock comes back")
    public OrderView cancel(@PathParam("code") String code, @QueryParam("phone") String phone, ReasonBody body) {
        limiter.acquire(clientAddress.of(request));
        return orders.cancelByShopper(code, phone, callers.signedIn(security), body == null ? null : body.reason(),
                Callers.language(headers));
    }
}
