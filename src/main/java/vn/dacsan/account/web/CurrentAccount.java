package vn.dacsan.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.application.AccountService;
import vn.dacsan.platform.web.Storefront;

/** The logged-in account for pages: greeting, role and where its area is (nothing when anonymous). */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext securityContext;
    @Inject
    AccountService accounts;
    @Inject
    Storefront storefront;

    private AccountProfile profile;
    private boolean loaded;

    public AccountProfile getProfile() {
        if (!loaded) {
            Principal caller = securityContext.getCallerPrincipal();
            profile = caller == null ? null : accounts.profile(caller.getName()).orElse(null);
            loaded = true;
        }
        return profile;
    }

    public boolean isSignedIn() {
        return getProfile() != null;
    }

    public String getGreeting() {
        return isSignedIn() ? storefront.text("account.hello", profile.displayName()) : "";
    }

    public String getRoleName() {
        return isSignedIn() ? storefront.text("role." + profile.role().name()) : "";
    }

    public String getHome() {
        return storefront.contextPath() + (isSignedIn() ? AccountAreas.home(profile.role()) : "/");
    }
}
