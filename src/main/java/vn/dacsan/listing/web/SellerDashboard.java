package vn.dacsan.listing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.listing.application.SellerListing;
import vn.dacsan.listing.application.SellerListings;

/** The seller area's list of the business's own listings. */
@Named
@RequestScoped
public class SellerDashboard {

    @Inject
    SellerListings listings;
    @Inject
    CurrentAccount currentAccount;

    private List<SellerListing> rows;

    public List<SellerListing> getListings() {
        if (rows == null) {
            rows = currentAccount.getProfile() != null && currentAccount.getProfile().isBusiness()
                    ? listings.list(currentAccount.getProfile()) : List.of();
        }
        return rows;
    }
}
