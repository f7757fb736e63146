package vn.dacsan.listing.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import java.util.Optional;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.application.AccountService;

/** The account behind an API request, and the language its messages should be in. */
@ApplicationScoped
public class Callers {

    private static final String CHALLENGE = "Basic realm=\"dacsan\"";

    @Inject
    AccountService accounts;

    /** The logged-in business account; 401 without a login, 403 for any other kind of account. */
    public AccountProfile business(SecurityContext security) {
        AccountProfile caller = caller(security);
        if (!caller.isBusiness()) {
            throw new ForbiddenException("Only business accounts manage listings");
        }
        return caller;
    }

    /** The logged-in member of staff; 401 without a login, 403 for any other kind of account. */
    public AccountProfile staff(SecurityContext security) {
        AccountProfile caller = caller(security);
        if (!caller.isStaff()) {
            throw new ForbiddenException("Only department staff review listings");
        }
        return caller;
    }

    /** The logged-in account of any kind, if the request carries a login (public endpoints that also serve accounts). */
    public Optional<AccountProfile> signedIn(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return Optional.of(caller(security));
    }

    private AccountProfile caller(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException(CHALLENGE);
        }
        return accounts.profile(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotAuthorizedException(CHALLENGE));
    }

    /** Vietnamese when the client prefers it, English otherwise. */
    public static Locale language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("vi") || l.getLanguage().equals("en"))
                .findFirst()
                .map(l -> Locale.forLanguageTag(l.getLanguage()))
                .orElse(Locale.ENGLISH);
    }
}
