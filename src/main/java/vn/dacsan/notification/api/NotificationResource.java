package vn.dacsan.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.dacsan.notification.application.NotificationInbox;
import vn.dacsan.platform.api.Problem;

/** The logged-in account's notifications (HTTP Basic); another account's are never found. */
@Path("/v1/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NotificationResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    NotificationInbox inbox;

    public record NotificationList(long total, long unread, int page, int size, List<Item> items) {
    }

    public record Item(long id, String kind, String subject, String body, String link, Instant createdAt,
                       Instant readAt, boolean read) {

        static Item of(NotificationInbox.Item item) {
            return new Item(item.id(), item.kind(), item.subject(), item.body(), item.link(), item.createdAt(),
                    item.readAt(), !item.unread());
        }
    }

    @GET
    @Operation(summary = "My notifications, newest first")
    public Response list(@Context SecurityContext security,
                         @Parameter(description = "from 1") @QueryParam("page") String page,
                         @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
        String login = login(security);
        Integer number = number(page, 1, Integer.MAX_VALUE, 1);
        if (number == null) {
            return Problem.response(400, "Invalid request", "page is a whole number from 1", "page");
        }
        Integer pageSize = number(size, 1, NotificationInbox.MAX_PAGE_SIZE, DEFAULT_SIZE);
        if (pageSize == null) {
            return Problem.response(400, "Invalid request",
                    "size is a whole number from 1 to " + NotificationInbox.MAX_PAGE_SIZE, "size");
        }
        NotificationInbox.Page result = inbox.page(login, number, pageSize);
        return Response.ok(new NotificationList(result.total(), result.unread(), result.number(), result.size(),
                result.items().stream().map(Item::of).toList())).build();
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    public Item read(@Context SecurityContext security, @PathParam("id") long id) {
        return inbox.markRead(login(security), id).map(Item::of)
                .orElseThrow(() -> new NotFoundException("You have no notification " + id));
    }

    private static String login(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"dacsan\"");
        }
        return security.getUserPrincipal().getName();
    }

    /** The parameter as a number in [min, max], the fallback when absent, null when it is not one. */
    private static Integer number(String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
