package vn.dacsan.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.application.StaffAccounts;
import vn.dacsan.account.application.StaffAccounts.NewStaff;
import vn.dacsan.platform.api.OperatorToken;
import vn.dacsan.platform.api.Problem;
import vn.dacsan.platform.api.ValidationProblem;

/**
 * Operator endpoint: accounts for the department's staff, the first one included (a new
 * production database has none). Guarded by the operator token like the reindex endpoint.
 */
@Path("/v1/admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OperatorAccountResource {

    @Inject
    OperatorToken operator;
    @Inject
    StaffAccounts staff;

    /** The account made: never the password. */
    public record Created(long id, String email, String name, String role) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff (or ADMIN) account: {email, name, password, role}; 201, 409 when the email has an account,"
            + " 422 naming each invalid field (operator token required)")
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewStaff body) {
        Optional<Response> refused = operator.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (body == null) {
            return Problem.response(400, "Missing body", "Send {\"email\", \"name\", \"password\", \"role\"} as a JSON object", null);
        }
        List<ValidationProblem.FieldProblem> errors = staff.check(body).stream()
                .map(e -> new ValidationProblem.FieldProblem(e.field(), e.code(), e.message()))
                .toList();
        if (!errors.isEmpty()) {
            return ValidationProblem.response(422, "Invalid account", "Some fields cannot be accepted", errors);
        }
        try {
            AccountProfile made = staff.create(body);
            return Response.status(201).entity(new Created(made.id(), made.email(), made.displayName(), made.role().name())).build();
        } catch (StaffAccounts.AlreadyExists e) {
            return Problem.response(409, "Account exists", e.getMessage(), "email");
        }
    }
}
