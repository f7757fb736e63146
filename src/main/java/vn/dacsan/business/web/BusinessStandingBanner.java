package vn.dacsan.business.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.business.application.BusinessOnboarding;
import vn.dacsan.business.application.BusinessStanding;

/**
 * The seller area's word on the business's registration: awaiting verification, rejected (with
 * the department's reason) or suspended. Also tells other seller pages whether listings may be
 * submitted yet.
 */
@Named
@RequestScoped
public class BusinessStandingBanner {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CurrentAccount currentAccount;
    @Inject
    BusinessOnboarding onboarding;
    @Inject
    Clock clock;

    private BusinessStanding standing;
    private boolean loaded;

    public BusinessStanding getStanding() {
        if (!loaded) {
            AccountProfile profile = currentAccount.getProfile();
            standing = profile == null || profile.producerId() == null ? null
                    : onboarding.standing(profile.producerId()).orElse(null);
            loaded = true;
        }
        return standing;
    }

    /** Whether the business may submit products for listing (verified by the department). */
    public boolean isListingAllowed() {
        return getStanding() != null && standing.canSubmitListings();
    }

    public String getStatus() {
        return getStanding() == null ? "" : standing.status().name();
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(clock.getZone()));
    }
}
