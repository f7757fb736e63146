package vn.dacsan.department.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.department.application.DepartmentDirectory;
import vn.dacsan.department.application.FeedbackCase;
import vn.dacsan.department.application.FeedbackDesk;
import vn.dacsan.department.application.OperatingRules;
import vn.dacsan.department.application.RulesDraft;
import vn.dacsan.department.application.RulesView;
import vn.dacsan.department.application.UnitView;
import vn.dacsan.department.domain.FeedbackStatus;
import vn.dacsan.department.domain.UnitContent;
import vn.dacsan.listing.api.Callers;
import vn.dacsan.platform.api.Problem;

/** The department's side over HTTP Basic (STAFF or ADMIN accounts): the complaint queue and replies, unit pages, rules versions. */
@Path("/v1/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StaffFeedbackResource {

    static final int MAX_LIMIT = 500;

    @Inject
    FeedbackDesk desk;
    @Inject
    DepartmentDirectory directory;
    @Inject
    OperatingRules rules;
    @Inject
    Callers callers;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    public record ReplyBody(String reply) {
    }

    /** A new rules version; effectiveOn as an ISO date (2026-12-01). */
    public record RulesBody(String effectiveOn, String titleVi, String titleEn, String bodyVi, String bodyEn) {
    }

    @GET
    @Path("/feedback")
    @Operation(summary = "The complaint queue: open ones first by due date (overdue marked), then the rest; ?status=NEW|IN_PROGRESS|ANSWERED|CLOSED")
    public List<FeedbackCase> queue(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        callers.staff(security);
        FeedbackStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(FeedbackStatus.values()).filter(s -> s.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new WebApplicationException(Problem.response(400, "Invalid status",
                            "status is one of " + Arrays.toString(FeedbackStatus.values()), "status")));
        }
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new WebApplicationException(Problem.response(400, "Invalid limit", "limit is between 1 and " + MAX_LIMIT, "limit"));
        }
        return desk.queue(wanted, size);
    }

    @POST
    @Path("/feedback/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to a complaint: the sender reads it on their private page and by email; 409 when it is closed")
    public FeedbackCase reply(@PathParam("id") long id, ReplyBody body) {
        AccountProfile staff = callers.staff(security);
        return desk.reply(id, body == null ? null : body.reply(), staff.email(), Callers.language(headers));
    }

    @PUT
    @Path("/department/units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a unit's names, contacts and page text (both languages); 422 naming each invalid field")
    public UnitView updateUnit(@PathParam("id") long id, UnitContent body) {
        AccountProfile staff = callers.staff(security);
        if (body == null) {
            throw new BadRequestException();
        }
        return directory.update(id, body, staff.email(), Callers.language(headers));
    }

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of the operating rules with its effective date; 201, or 422 for an empty version"
            + " or a date in the past or before the latest version")
    public Response publishRules(RulesBody body) {
        AccountProfile staff = callers.staff(security);
        if (body == null) {
            throw new BadRequestException();
        }
        LocalDate effectiveOn;
        try {
            effectiveOn = body.effectiveOn() == null || body.effectiveOn().isBlank() ? null : LocalDate.parse(body.effectiveOn().strip());
        } catch (java.time.format.DateTimeParseException malformed) {
            throw new WebApplicationException(Problem.response(422, "Invalid date", "effectiveOn is an ISO date such as 2026-12-01",
                    "effectiveOn"));
        }
        RulesView published = rules.publish(new RulesDraft(effectiveOn, body.titleVi(), body.titleEn(), body.bodyVi(), body.bodyEn()),
                staff.email(), Callers.language(headers));
        return Response.status(201).entity(published).build();
    }
}
