package vn.dacsan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * The account table as a Jakarta Security identity store: checks email and password (with the
 * lockout) and gives the account's role as its only group. Both page and API logins use it.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;
    @Inject
    @Metric(name = "dacsan.logins.failed", absolute = true,
            description = "Logins refused: wrong email or password, or a locked account")
    Counter failedLogins;

    /** Created at start-up, so the counter is on /metrics (at 0) before the first refusal. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        failedLogins.getCount();
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        if (!result.signedIn()) {
            failedLogins.inc();
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.email(), Set.of(result.role().name()));
    }
}
