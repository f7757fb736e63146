package vn.dacsan.listing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.listing.application.ListingNotFoundException;
import vn.dacsan.listing.application.ReviewDesk;
import vn.dacsan.listing.application.ReviewItem;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.listing.domain.RevisionState;
import vn.dacsan.platform.web.Storefront;

/** The staff review queue (/quan-ly/duyet.xhtml?state=…): oldest due first, overdue marked, claim in one click. */
@Named
@RequestScoped
public class ReviewQueuePage {

    @Inject
    ReviewDesk desk;
    @Inject
    CurrentAccount currentAccount;
    @Inject
    Storefront storefront;

    private String state = "SUBMITTED";
    private List<ReviewItem> items;

    public List<ReviewItem> getItems() {
        if (items == null) {
            items = desk.queue(currentAccount.getProfile(), revisionState(), 200);
        }
        return items;
    }

    public String claim(long revisionId) {
        try {
            desk.claim(currentAccount.getProfile(), revisionId);
        } catch (ListingStateException | ListingNotFoundException e) {
            ListingMessages.global(FacesMessage.SEVERITY_ERROR, storefront.text("review.claim.failed"));
            return null;
        }
        return "/quan-ly/xet-duyet.xhtml?faces-redirect=true&id=" + revisionId;
    }

    public long getOverdueCount() {
        return getItems().stream().filter(ReviewItem::overdue).count();
    }

    private RevisionState revisionState() {
        try {
            RevisionState wanted = RevisionState.valueOf(state.toUpperCase(Locale.ROOT));
            return wanted == RevisionState.APPROVED || wanted == RevisionState.REJECTED ? wanted : RevisionState.SUBMITTED;
        } catch (IllegalArgumentException e) {
            return RevisionState.SUBMITTED;
        }
    }

    public String getState() {
        return revisionState().name();
    }

    public void setState(String state) {
        this.state = state == null ? "SUBMITTED" : state;
    }
}
