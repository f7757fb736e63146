package vn.dacsan.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer token that opens the operator endpoints ({@code /api/v1/admin/…}): set in
 * {@code dacsan.admin.token}; without it those endpoints answer 404, as if absent. Compared in
 * constant time.
 */
@ApplicationScoped
public class OperatorToken {

    @Inject
    @ConfigProperty(name = "dacsan.admin.token")
    Optional<String> token;

    public OperatorToken() {
    }

    public OperatorToken(Optional<String> token) {
        this.token = token;
    }

    /** Empty when the Authorization header carries the operator token, else the answer to give. */
    public Optional<Response> refusal(String authorization) {
        if (token.isEmpty() || token.get().isBlank()) {
            return Optional.of(Problem.response(404, "Not found", "Operator endpoints are disabled on this deployment", null));
        }
        String presented = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : "";
        boolean same = MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                token.get().getBytes(StandardCharsets.UTF_8));
        if (!same) {
            return Optional.of(Response.fromResponse(Problem.response(401, "Unauthorized", "A valid operator token is required", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
        return Optional.empty();
    }
}
