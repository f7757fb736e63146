package vn.dacsan.listing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.listing.application.CertificateWatch;
import vn.dacsan.listing.application.ReviewDesk;
import vn.dacsan.listing.application.ReviewDetails;
import vn.dacsan.listing.application.ReviewItem;
import vn.dacsan.listing.domain.RevisionState;
import vn.dacsan.platform.api.Problem;

/** The department's review queue and decisions over HTTP Basic (STAFF or ADMIN accounts). */
@Path("/v1/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StaffReviewResource {

    @Inject
    ReviewDesk desk;
    @Inject
    CertificateWatch certificates;
    @Inject
    Callers callers;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    @GET
    @Path("reviews")
    @Operation(summary = "Submissions by state: SUBMITTED (default; oldest due first), APPROVED or REJECTED (newest first)")
    public List<ReviewItem> reviews(@QueryParam("state") @DefaultValue("SUBMITTED") String state,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        return desk.queue(callers.staff(security), state(state), limit);
    }

    @GET
    @Path("reviews/{id}")
    @Operation(summary = "One submission with the field-by-field changes from the live listing and the log")
    public ReviewDetails review(@PathParam("id") long id) {
        return desk.details(callers.staff(security), id);
    }

    @POST
    @Path("reviews/{id}/claim")
    @Operation(summary = "Take a submission on, so other reviewers leave it")
    public ReviewDetails claim(@PathParam("id") long id) {
        desk.claim(callers.staff(security), id);
        return desk.details(callers.staff(security), id);
    }

    @POST
    @Path("reviews/{id}/release")
    @Operation(summary = "Give a claimed submission back to the queue")
    public ReviewDetails release(@PathParam("id") long id) {
        desk.release(callers.staff(security), id);
        return desk.details(callers.staff(security), id);
    }

    @POST
    @Path("reviews/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a submission (optional note); the listing goes live or its changes replace the live version")
    public ReviewDetails approve(@PathParam("id") long id, ReasonBody body) {
        desk.approve(callers.staff(security), id, body == null ? null : body.reason(), language());
        return desk.details(callers.staff(security), id);
    }

    @POST
    @Path("reviews/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a submission; a reason is required and is shown to the business")
    public ReviewDetails reject(@PathParam("id") long id, ReasonBody body) {
        desk.reject(callers.staff(security), id, body == null ? null : body.reason(), language());
        return desk.details(callers.staff(security), id);
    }

    @POST
    @Path("products/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend a live listing; a reason is required")
    public void suspend(@PathParam("id") long id, ReasonBody body) {
        desk.suspend(callers.staff(security), id, body == null ? null : body.reason(), language());
    }

    @POST
    @Path("products/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a suspended listing back on the marketplace; a reason is required")
    public void reinstate(@PathParam("id") long id, ReasonBody body) {
        desk.reinstate(callers.staff(security), id, body == null ? null : body.reason(), language());
    }

    /** {"decisionReference": "215/QĐ-UBND", "reason": "..."} */
    public record Revocation(String decisionReference, String reason) {
    }

    @POST
    @Path("certificates/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke an OCOP certificate, citing the decision; the star badge leaves search")
    public void revoke(@PathParam("id") long id, Revocation body) {
        certificates.revoke(callers.staff(security), id, body == null ? null : body.decisionReference(),
                body == null ? null : body.reason(), language());
    }

    private Locale language() {
        return Callers.language(headers);
    }

    private static RevisionState state(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "SUBMITTED" -> RevisionState.SUBMITTED;
            case "APPROVED" -> RevisionState.APPROVED;
            case "REJECTED" -> RevisionState.REJECTED;
            default -> throw new WebApplicationException(
                    Problem.response(400, "Invalid parameter", "state must be SUBMITTED, APPROVED or REJECTED", "state"));
        };
    }
}
