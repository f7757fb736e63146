package vn.dacsan.news.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.listing.api.Callers;
import vn.dacsan.news.application.EventDesk;
import vn.dacsan.news.application.EventDraft;
import vn.dacsan.news.application.StaffEvent;

/** The events calendar over HTTP Basic (STAFF or ADMIN accounts): create, revise, cancel. */
@Path("/v1/staff/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StaffEventResource {

    @Inject
    EventDesk desk;
    @Inject
    Callers callers;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    /** {"reason": "Lùi sang quý sau"} (optional). */
    public record CancelBody(String reason) {
    }

    @GET
    @Operation(summary = "Every event, latest start first, cancelled ones included")
    public List<StaffEvent> list() {
        return desk.list(callers.staff(security));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event with its log")
    public StaffEvent event(@PathParam("id") long id) {
        return desk.details(callers.staff(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an event (dates like 2026-12-01; an empty slug is made from the title); 422 lists invalid fields")
    public Response create(EventDraft draft) {
        AccountProfile staff = callers.staff(security);
        long id = desk.create(staff, orEmpty(draft), Callers.language(headers));
        return Response.status(201).entity(desk.details(staff, id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an event's details (not a cancelled one)")
    public StaffEvent update(@PathParam("id") long id, EventDraft draft) {
        AccountProfile staff = callers.staff(security);
        desk.update(staff, id, orEmpty(draft), Callers.language(headers));
        return desk.details(staff, id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Take an event off the calendar, keeping it and its log")
    public StaffEvent cancel(@PathParam("id") long id, CancelBody body) {
        AccountProfile staff = callers.staff(security);
        desk.cancel(staff, id, body == null ? null : body.reason());
        return desk.details(staff, id);
    }

    private static EventDraft orEmpty(EventDraft draft) {
        return draft == null ? new EventDraft(null, null, null, null, null, null, null, null) : draft;
    }
}
