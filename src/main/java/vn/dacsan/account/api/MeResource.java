package vn.dacsan.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountService;

/** Who am I: the account behind the HTTP Basic login of this request. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MeResource {

    @Inject
    AccountService accounts;

    public record Me(String email, String displayName, String role, Long producerId) {
    }

    @GET
    @Operation(summary = "The logged-in account (HTTP Basic: email and password)")
    public Me me(@Context SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"dacsan\"");
        }
        return accounts.profile(security.getUserPrincipal().getName())
                .map(p -> new Me(p.email(), p.displayName(), p.role().name(), p.producerId()))
                .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"dacsan\""));
    }
}
