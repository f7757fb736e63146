package vn.dacsan.listing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.catalog.application.FormChoices;
import vn.dacsan.listing.application.CertificateWatch;
import vn.dacsan.listing.application.InvalidListingException;
import vn.dacsan.listing.application.ListingNotFoundException;
import vn.dacsan.listing.application.ReviewDesk;
import vn.dacsan.listing.application.ReviewDetails;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.platform.web.Storefront;

/**
 * One submission under review (/quan-ly/xet-duyet.xhtml?id=…): the field-by-field changes from
 * the live listing, the proposed content, the log; claim, release, approve or reject with a reason.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewDesk desk;
    @Inject
    CurrentAccount currentAccount;
    @Inject
    Storefront storefront;
    @Inject
    FormChoices choices;
    @Inject
    CertificateWatch certificates;

    private Long id;
    private ReviewDetails details;
    private String note;
    private String reason;
    private String suspendReason;
    private String revocationReference;
    private String revocationReason;

    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            details = desk.details(currentAccount.getProfile(), id);
        } catch (ListingNotFoundException e) {
            notFound();
        }
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such submission");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String claim() {
        return act(() -> desk.claim(currentAccount.getProfile(), id), "review.done.claimed", "review");
    }

    public String release() {
        return act(() -> desk.release(currentAccount.getProfile(), id), "review.done.released", "review");
    }

    public String approve() {
        return act(() -> desk.approve(currentAccount.getProfile(), id, note, storefront.getLocale()), "review.done.approved", "decide");
    }

    public String reject() {
        return act(() -> desk.reject(currentAccount.getProfile(), id, reason, storefront.getLocale()), "review.done.rejected", "decide");
    }

    public String suspend() {
        return act(() -> desk.suspend(currentAccount.getProfile(), details.item().productId(), suspendReason, storefront.getLocale()),
                "review.done.suspended", "suspend");
    }

    public String revoke() {
        return act(() -> certificates.revoke(currentAccount.getProfile(), details.revocableCertificateId(), revocationReference,
                revocationReason, storefront.getLocale()), "review.done.revoked", "revoke");
    }

    private String act(Runnable action, String doneKey, String formId) {
        try {
            action.run();
        } catch (InvalidListingException e) {
            ListingMessages.show(formId, e);
            return null;
        } catch (ListingStateException e) {
            ListingMessages.global(FacesMessage.SEVERITY_ERROR, storefront.text("listing.state." + e.code()));
            details = desk.details(currentAccount.getProfile(), id);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        ListingMessages.global(FacesMessage.SEVERITY_INFO, storefront.text(doneKey));
        return "/quan-ly/xet-duyet.xhtml?faces-redirect=true&id=" + id;
    }

    /** A changed or proposed value as people read it (names for group and place codes). */
    public String label(String field, String value) {
        return choices.label(field, value, storefront.isEnglish());
    }

    /** The reviewer holding this submission is the one looking at it. */
    public boolean isMine() {
        Long holder = details == null ? null : details.item().claimedById();
        return holder != null && holder == currentAccount.getProfile().id();
    }

    public boolean isOpen() {
        return details != null && details.revision().state().equals("SUBMITTED");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewDetails getDetails() {
        return details;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRevocationReference() {
        return revocationReference;
    }

    public void setRevocationReference(String revocationReference) {
        this.revocationReference = revocationReference;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public void setRevocationReason(String revocationReason) {
        this.revocationReason = revocationReason;
    }

    public String getSuspendReason() {
        return suspendReason;
    }

    public void setSuspendReason(String suspendReason) {
        this.suspendReason = suspendReason;
    }
}
