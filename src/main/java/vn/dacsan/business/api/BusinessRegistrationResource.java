package vn.dacsan.business.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.business.application.BusinessApplication;
import vn.dacsan.business.application.BusinessOnboarding;
import vn.dacsan.platform.api.Problem;

/**
 * Public registration of a business over the API: the same rules as the web form. 201 with the
 * pending business; 422 listing every invalid field; 409 when the tax code or login email is
 * already registered.
 */
@Path("/v1/businesses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class BusinessRegistrationResource {

    @Inject
    BusinessOnboarding onboarding;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a business with its login and licences; it stays PENDING until the department verifies it")
    public Response register(String body) {
        JsonObject json = JsonBodies.object(body);
        if (json == null) {
            return Problem.response(400, "Bad request", "The body must be a JSON object", null);
        }
        return Response.status(Response.Status.CREATED).entity(onboarding.register(application(json))).build();
    }

    private static BusinessApplication application(JsonObject json) {
        List<BusinessApplication.LicenceApplication> licences = new ArrayList<>();
        JsonValue rows = json.get("licences");
        if (rows != null && rows.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue row : rows.asJsonArray()) {
                JsonObject l = row.getValueType() == JsonValue.ValueType.OBJECT ? row.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
                licences.add(new BusinessApplication.LicenceApplication(JsonBodies.text(l, "kind"), JsonBodies.text(l, "number"),
                        JsonBodies.text(l, "issuedOn"), JsonBodies.text(l, "issuer"), JsonBodies.text(l, "validUntil")));
            }
        }
        return new BusinessApplication(JsonBodies.text(json, "kind"), JsonBodies.text(json, "name"),
                JsonBodies.text(json, "registrationNumber"), JsonBodies.text(json, "legalRepresentative"),
                JsonBodies.text(json, "street"), JsonBodies.text(json, "province"), JsonBodies.text(json, "commune"),
                JsonBodies.text(json, "phone"), JsonBodies.text(json, "email"), JsonBodies.text(json, "accountEmail"),
                JsonBodies.text(json, "displayName"), JsonBodies.text(json, "password"),
                JsonBodies.text(json, "passwordRepeat"), licences);
    }
}
