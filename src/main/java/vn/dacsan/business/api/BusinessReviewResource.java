package vn.dacsan.business.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.domain.Role;
import vn.dacsan.business.application.BusinessOnboarding;
import vn.dacsan.platform.api.Problem;

/**
 * Department staff decide on business registrations over the API (HTTP Basic, STAFF or ADMIN):
 * the pending queue, verify, reject with a reason. 401 without a login, 403 for other
 * accounts, 404 for an unknown business, 409 when it was already decided, 422 for a missing or
 * over-long reason.
 */
@Path("/v1/staff/businesses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class BusinessReviewResource {

    @Inject
    BusinessOnboarding onboarding;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Pending business registrations, the longest-waiting first (staff only)")
    public Response pending() {
        Response refused = refuseNonStaff();
        return refused != null ? refused : Response.ok(onboarding.pending()).build();
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Verify a pending business: it may then submit listings (staff only)")
    public Response verify(@PathParam("id") long id) {
        Response refused = refuseNonStaff();
        return refused != null ? refused : Response.ok(onboarding.verify(id, security.getUserPrincipal().getName())).build();
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a pending business with a reason the business will read: {\"reason\": \"...\"} (staff only)")
    public Response reject(@PathParam("id") long id, String body) {
        Response refused = refuseNonStaff();
        if (refused != null) {
            return refused;
        }
        JsonObject json = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT
                : JsonBodies.object(body);
        if (json == null) {
            return Problem.response(400, "Bad request", "The body must be a JSON object such as {\"reason\": \"...\"}", null);
        }
        String reason = JsonBodies.text(json, "reason");
        return Response.ok(onboarding.reject(id, security.getUserPrincipal().getName(), reason)).build();
    }

    private Response refuseNonStaff() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"dacsan\"");
        }
        if (security.isUserInRole(Role.STAFF.name()) || security.isUserInRole(Role.ADMIN.name())) {
            return null;
        }
        return Problem.response(403, "Forbidden", "Only department staff decide on business registrations", null);
    }
}
