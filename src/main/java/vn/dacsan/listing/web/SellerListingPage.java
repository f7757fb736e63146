package vn.dacsan.listing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.catalog.application.FormChoices;
import vn.dacsan.listing.application.InvalidListingException;
import vn.dacsan.listing.application.ListingDraft;
import vn.dacsan.listing.application.ListingNotFoundException;
import vn.dacsan.listing.application.NotYoursException;
import vn.dacsan.listing.application.SellerListingDetails;
import vn.dacsan.listing.application.SellerListings;
import vn.dacsan.listing.domain.ListingContent;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.platform.web.Storefront;

/**
 * The seller portal's listing form (/ban-hang/san-pham.xhtml?id=…, no id for a new one): edit,
 * save as a draft, submit for review, withdraw; with the listing's state, deadline, the
 * department's reasons and the log. Another business's id is a 404 page, like a missing one.
 */
@Named
@ViewScoped
public class SellerListingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SellerListings listings;
    @Inject
    transient FormChoices choices;
    @Inject
    transient CurrentAccount currentAccount;
    @Inject
    transient Storefront storefront;

    private Long id;
    private SellerListingDetails details;
    private String name;
    private String description;
    private Long priceVnd;
    private String unit;
    private Integer stock;
    private String groupCode;
    private String provinceCode;
    private String originCode;
    private Integer certStars;
    private String certNumber;
    private LocalDate certDate;
    private String certIssuer;
    private String certScanKey;
    private List<String> images = new ArrayList<>();
    private String withdrawReason;

    /** Loads the listing named in the address (f:viewAction). */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            unit = storefront.text("seller.form.defaultUnit");
            stock = 0;
            return;
        }
        try {
            details = listings.get(seller(), id);
        } catch (ListingNotFoundException | NotYoursException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such listing");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        fill(details.editing());
        priceVnd = details.priceVnd();
        stock = details.stock();
    }

    private void fill(ListingContent content) {
        name = content.getName();
        description = content.getDescription();
        unit = content.getUnit();
        groupCode = content.getGroupCode();
        originCode = content.getOriginCode();
        provinceCode = choices.provinceOf(originCode);
        ListingContent.CertificateDetails certificate = content.getCertificate();
        if (certificate != null) {
            certStars = certificate.stars();
            certNumber = certificate.decisionNumber();
            certDate = certificate.decisionDate();
            certIssuer = certificate.issuer();
            certScanKey = certificate.scanKey();
        }
        images = new ArrayList<>(content.getImages());
    }

    public String save() {
        return store(false);
    }

    public String saveAndSubmit() {
        return store(true);
    }

    private String store(boolean submit) {
        AccountProfile seller = seller();
        ListingDraft draft = new ListingDraft(name, description, priceVnd, unit, stock, groupCode, originCode,
                new ListingDraft.Certificate(certStars, certNumber, certDate, certIssuer, certScanKey), images);
        try {
            if (id == null) {
                id = listings.create(seller, draft, storefront.getLocale());
            } else {
                listings.update(seller, id, draft, storefront.getLocale());
            }
            if (submit) {
                listings.submit(seller, id);
            }
        } catch (InvalidListingException e) {
            ListingMessages.show("listing", e);
            return null;
        } catch (ListingStateException e) {
            ListingMessages.global(FacesMessage.SEVERITY_ERROR, storefront.text("listing.state." + e.code()));
            return null;
        }
        flash(submit ? "seller.saved.submitted" : "seller.saved.draft");
        return "/ban-hang/san-pham.xhtml?faces-redirect=true&id=" + id;
    }

    public String submit() {
        try {
            listings.submit(seller(), id);
        } catch (ListingStateException e) {
            ListingMessages.global(FacesMessage.SEVERITY_ERROR, storefront.text("listing.state." + e.code()));
            return null;
        }
        flash("seller.saved.submitted");
        return "/ban-hang/san-pham.xhtml?faces-redirect=true&id=" + id;
    }

    public String withdraw() {
        try {
            listings.withdraw(seller(), id, withdrawReason, storefront.getLocale());
        } catch (InvalidListingException e) {
            ListingMessages.show("withdraw", e);
            return null;
        } catch (ListingStateException e) {
            ListingMessages.global(FacesMessage.SEVERITY_ERROR, storefront.text("listing.state." + e.code()));
            return null;
        }
        flash("seller.saved.withdrawn");
        return "/ban-hang/san-pham.xhtml?faces-redirect=true&id=" + id;
    }

    private void flash(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        ListingMessages.global(FacesMessage.SEVERITY_INFO, storefront.text(key));
    }

    private AccountProfile seller() {
        return currentAccount.getProfile();
    }

    public List<FormChoices.Choice> getGroups() {
        return choices.groups(storefront.isEnglish());
    }

    public List<FormChoices.Choice> getProvinces() {
        return choices.provinces();
    }

    /** The communes of the province as sent with this request (the form's own choice), else as loaded. */
    public List<FormChoices.Choice> getCommunes() {
        String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("listing:province");
        return choices.communes(sent != null ? sent : provinceCode);
    }

    public boolean isLive() {
        return details != null && details.status().equals("LIVE");
    }

    /** While a revision waits for review, only price and stock can change. */
    public boolean isUnderReview() {
        return details != null && details.open() != null && details.open().state().equals("SUBMITTED");
    }

    public boolean isCanSubmit() {
        return details != null && !isUnderReview()
                && (details.open() != null || details.status().equals("WITHDRAWN") || details.status().equals("REJECTED"));
    }

    public String mediaUrl(String key) {
        return storefront.contextPath() + vn.dacsan.media.MediaUrls.of(key);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SellerListingDetails getDetails() {
        return details;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getPriceVnd() {
        return priceVnd;
    }

    public void setPriceVnd(Long priceVnd) {
        this.priceVnd = priceVnd;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getOriginCode() {
        return originCode;
    }

    public void setOriginCode(String originCode) {
        this.originCode = originCode;
    }

    public Integer getCertStars() {
        return certStars;
    }

    public void setCertStars(Integer certStars) {
        this.certStars = certStars;
    }

    public String getCertNumber() {
        return certNumber;
    }

    public void setCertNumber(String certNumber) {
        this.certNumber = certNumber;
    }

    public LocalDate getCertDate() {
        return certDate;
    }

    public void setCertDate(LocalDate certDate) {
        this.certDate = certDate;
    }

    public String getCertIssuer() {
        return certIssuer;
    }

    public void setCertIssuer(String certIssuer) {
        this.certIssuer = certIssuer;
    }

    public List<String> getImages() {
        return images;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
