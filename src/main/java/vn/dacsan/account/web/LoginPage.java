package vn.dacsan.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.dacsan.account.application.AccountService;
import vn.dacsan.account.application.AccountSignedIn;
import vn.dacsan.platform.web.Storefront;

/**
 * The login page (/dang-nhap): hands email and password to Jakarta Security and, on success,
 * goes on to the page that was asked for or the account's own area; otherwise says why not.
 */
@Named
@RequestScoped
public class LoginPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    SecurityContext securityContext;
    @Inject
    AccountService accounts;
    @Inject
    Storefront storefront;
    @Inject
    Clock clock;
    @Inject
    Event<AccountSignedIn> signedIn;

    private String email;
    private String password;
    private String next;
    private String error;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            error = storefront.text("login.required");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                accounts.profile(email).ifPresent(profile -> signedIn.fire(new AccountSignedIn(profile)));
                external.redirect(external.getRequestContextPath() + destination());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> error = refusal();
        }
        password = null;
    }

    private String refusal() {
        Optional<Instant> lockedUntil = accounts.lockedUntil(email);
        if (lockedUntil.isEmpty()) {
            return storefront.text("login.invalid");
        }
        Instant until = lockedUntil.get();
        long minutes = Math.max(1, (Duration.between(clock.instant(), until).getSeconds() + 59) / 60);
        return storefront.text("login.locked", minutes, TIME.format(until.atZone(clock.getZone())));
    }

    private String destination() {
        if (isLocalPath(next)) {
            return next;
        }
        return accounts.profile(email).map(p -> AccountAreas.home(p.role())).orElse("/");
    }

    /** Only addresses on this site, so the login page cannot be used to send people elsewhere. */
    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20 || c == '\\') && !path.startsWith("/dang-nhap");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        if (next == null) {
            String asked = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getParameter("next");
            next = isLocalPath(asked) ? asked : null;
        }
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getError() {
        return error;
    }
}
