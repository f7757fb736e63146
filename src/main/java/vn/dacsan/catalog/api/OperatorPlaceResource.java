package vn.dacsan.catalog.api;

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
import vn.dacsan.catalog.application.CommuneImport;
import vn.dacsan.catalog.application.CommuneImport.CommuneRow;
import vn.dacsan.platform.api.OperatorToken;
import vn.dacsan.platform.api.Problem;
import vn.dacsan.platform.api.ValidationProblem;

/**
 * Operator endpoint: load the communes and wards of the province(s) a deployment serves, from
 * the official list (businesses' addresses and products' origins need them). Guarded by the
 * operator token.
 */
@Path("/v1/admin/places/communes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OperatorPlaceResource {

    @Inject
    OperatorToken operator;
    @Inject
    CommuneImport communes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load communes and wards: [{province, name, level COMMUNE|WARD, code?, formerName?}]; 200 with"
            + " how many were added, renamed or already there; 422 naming each bad row, nothing loaded (operator token required)")
    public Response load(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, List<CommuneRow> rows) {
        Optional<Response> refused = operator.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (rows == null) {
            return Problem.response(400, "Missing body", "Send a JSON array of communes", null);
        }
        List<ValidationProblem.FieldProblem> errors = communes.check(rows).stream()
                .map(e -> new ValidationProblem.FieldProblem(e.field(), e.code(), e.message()))
                .toList();
        if (!errors.isEmpty()) {
            return ValidationProblem.response(422, "Invalid communes", "Nothing was loaded; correct these rows", errors);
        }
        return Response.ok(communes.load(rows)).build();
    }
}
