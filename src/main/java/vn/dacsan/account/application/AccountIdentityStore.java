package vn.dacsan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The account table as a Jakarta Security identity store: checks email and password (with the
 * lockout) and gives the account's role as its only group. Both page and API logins use it.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        if (!result.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.email(), Set.of(result.role().name()));
    }
}
