package vn.dacsan.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.dacsan.platform.api.Problem;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). Under /api/ it
 * speaks HTTP Basic and answers a missing or wrong login with a 401 JSON problem; no session is
 * made. For pages it is a form login: the login page hands the credential over through
 * SecurityContext.authenticate, a success is remembered in a new session (with a new id), and a
 * protected page asked for without a login redirects to the login page. Anonymous requests
 * never create a session.
 */
@ApplicationScoped
public class MarketplaceAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/dang-nhap";
    private static final String SESSION_KEY = SignedIn.class.getName();
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") ? api(request, response, context) : page(request, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(authorization.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, "The email or password is wrong, or the account is locked for a while");
        }
        // Other schemes (the operator's bearer token) are for the resource to judge.
        if (context.isProtected()) {
            return unauthorized(response, "Log in with HTTP Basic: your email and password");
        }
        return context.doNothing();
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential instanceof UsernamePasswordCredential) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    HttpSession session = request.getSession(true);
                    session.setAttribute(SESSION_KEY, new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
                    // a session id known before the login must not carry it (session fixation)
                    request.changeSessionId();
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
        }
        if (context.isProtected()) {
            String wanted = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"dacsan\", charset=\"UTF-8\"");
            response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
            response.getWriter().write(JSON.toJson(new Problem("about:blank", "Unauthorized", 401, detail, null)));
            // committed, so the container cannot replace the problem with its own error page
            response.flushBuffer();
        } catch (IOException clientGone) {
            // nothing more to tell a client that left
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Forgets the page login: used by logout. */
    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}
