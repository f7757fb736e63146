package vn.dacsan.department.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.department.application.DepartmentDirectory;
import vn.dacsan.department.application.OperatingRules;
import vn.dacsan.department.application.RulesView;
import vn.dacsan.department.application.UnitView;

/** Who runs the marketplace and under which rules, for anyone. */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DepartmentResource {

    @Inject
    DepartmentDirectory directory;
    @Inject
    OperatingRules rules;

    /** The department first, then its units, each with names, contacts and page text in both languages. */
    public record Department(List<UnitView> units) {
    }

    /** The version in force (null before any) and every version, the latest first. */
    public record Rules(RulesView current, List<RulesView> versions) {
    }

    @GET
    @Path("/department")
    @Operation(summary = "The department that runs the marketplace and its affiliated units, with contacts")
    public Department department() {
        return new Department(directory.units());
    }

    @GET
    @Path("/rules")
    @Operation(summary = "The operating rules: the version in force with its effective date, and all versions")
    public Rules rules() {
        List<RulesView> versions = rules.versions();
        return new Rules(versions.stream().filter(RulesView::current).findFirst().orElse(null), versions);
    }
}
