package vn.dacsan.order.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.listing.api.Callers;
import vn.dacsan.listing.api.ReasonBody;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.OrderView;
import vn.dacsan.order.application.SellerOrder;

/**
 * A producer's sub-orders over HTTP Basic (BUSINESS accounts): another producer's is 403, an
 * unknown one 404, a step the state forbids 409.
 */
@Path("/v1/seller/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SellerOrderResource {

    @Inject
    OrderService orders;
    @Inject
    Callers callers;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's sub-orders, newest first; state=PLACED|CONFIRMED|SHIPPED|DELIVERED|CANCELLED filters")
    public List<SellerOrder> list(@QueryParam("state") String state) {
        return orders.sellerOrders(callers.business(security), Optional.ofNullable(OrderParameters.state(state)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's sub-orders with its history")
    public SellerOrder get(@PathParam("id") long id) {
        return orders.sellerOrder(callers.business(security), id);
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "Confirm a placed sub-order")
    public SellerOrder confirm(@PathParam("id") long id) {
        return orders.confirm(callers.business(security), id);
    }

    @POST
    @Path("{id}/ship")
    @Operation(summary = "Hand a confirmed sub-order to the courier")
    public SellerOrder ship(@PathParam("id") long id) {
        return orders.ship(callers.business(security), id);
    }

    @POST
    @Path("{id}/deliver")
    @Operation(summary = "Record that a shipped sub-order reached the shopper")
    public SellerOrder deliver(@PathParam("id") long id) {
        return orders.deliver(callers.business(security), id);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a placed or confirmed sub-order; a reason is required and the stock comes back")
    public SellerOrder cancel(@PathParam("id") long id, ReasonBody body) {
        return orders.cancel(callers.business(security), id, body == null ? null : body.reason(), Callers.language(headers));
    }

    @POST
    @Path("{id}/paid")
    @Operation(summary = "Mark the VietQR bank transfer for this sub-order's order as received")
    public OrderView paid(@PathParam("id") long id) {
        return orders.markPaid(callers.business(security), id);
    }
}
