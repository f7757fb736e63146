package vn.dacsan.order.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.listing.api.Callers;
import vn.dacsan.order.application.OrderService;
import vn.dacsan.order.application.OrderView;
import vn.dacsan.order.application.SellerOrder;
import vn.dacsan.order.application.StaffOrderFilter;

/** Every producer's sub-orders for the department (STAFF or ADMIN accounts), with filters. */
@Path("/v1/staff/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StaffOrderResource {

    @Inject
    OrderService orders;
    @Inject
    Callers callers;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Sub-orders, newest first; filters: state, producer (id), from and to (days, yyyy-MM-dd, inclusive)")
    public List<SellerOrder> list(@QueryParam("state") String state, @QueryParam("producer") Long producer,
                                  @QueryParam("from") String from, @QueryParam("to") String to) {
        return orders.staffOrders(callers.staff(security), new StaffOrderFilter(OrderParameters.state(state), producer,
                OrderParameters.day("from", from), OrderParameters.day("to", to)));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One order with every producer's part and its history")
    public OrderView get(@PathParam("code") String code) {
        return orders.get(callers.staff(security), code);
    }

    @POST
    @Path("sub-orders/{id}/paid")
    @Operation(summary = "Mark the VietQR bank transfer for this sub-order's order as received")
    public OrderView paid(@PathParam("id") long id) {
        return orders.markPaid(callers.staff(security), id);
    }
}
