package vn.dacsan.listing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.catalog.application.AdminUnitDirectory;
import vn.dacsan.catalog.application.FormChoices;
import vn.dacsan.listing.application.InvalidListingException;
import vn.dacsan.listing.application.ListingDraft;
import vn.dacsan.listing.application.ListingNotFoundException;
import vn.dacsan.listing.application.NotYoursException;
import vn.dacsan.listing.application.SellerListingDetails;
import vn.dacsan.listing.application.SellerListings;
import vn.dacsan.listing.application.UploadKeys;
import vn.dacsan.listing.domain.ListingContent;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.media.MediaUploads;
import vn.dacsan.media.StoredUpload;
import vn.dacsan.media.UploadPurpose;
import vn.dacsan.media.UploadRejectedException;
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
    SellerListings listings;
    @Inject
    FormChoices choices;
    @Inject
    AdminUnitDirectory places;
    @Inject
    CurrentAccount currentAccount;
    @Inject
    Storefront storefront;
    @Inject
    MediaUploads uploads;

    /** Listings show the 1200 px copy of an uploaded picture. */
    static final int DISPLAY_SIZE = 1200;

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
    private transient Part newImage;
    private transient Part newScan;

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

    /** Checks and stores the chosen picture; it joins the listing when the form is saved. */
    public void uploadImage() {
        if (!receive(newImage, UploadPurpose.PRODUCT_IMAGE, "newImage")) {
            ListingMessages.global(FacesMessage.SEVERITY_ERROR, storefront.text("seller.upload.none"));
        }
    }

    public void uploadScan() {
        if (!receive(newScan, UploadPurpose.CERTIFICATE_SCAN, "newScan")) {
            ListingMessages.global(FacesMessage.SEVERITY_ERROR, storefront.text("seller.upload.none"));
        }
    }

    public void removeImage(String key) {
        images.remove(key);
    }

    /** Stores an uploaded file if one was chosen; false when none was. Refusals are shown beside the field. */
    private boolean receive(Part part, UploadPurpose purpose, String input) {
        if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty())) {
            return false;
        }
        if (purpose == UploadPurpose.PRODUCT_IMAGE && images.size() >= ListingContent.MAX_IMAGES) {
            FacesContext.getCurrentInstance().addMessage("listing:" + input, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    storefront.text("listing.invalid.too-many-images", ListingContent.MAX_IMAGES), null));
            return true;
        }
        try (InputStream in = part.getInputStream()) {
            StoredUpload stored = uploads.accept(in, part.getSubmittedFileName(), purpose, UploadKeys.owner(seller().producerId()));
            if (purpose == UploadPurpose.PRODUCT_IMAGE) {
                images.add(stored.thumbnail(DISPLAY_SIZE).map(StoredUpload.Thumbnail::key).orElse(stored.key()));
            } else {
                certScanKey = stored.key();
            }
            ListingMessages.global(FacesMessage.SEVERITY_INFO, storefront.text("seller.upload.done", part.getSubmittedFileName()));
        } catch (UploadRejectedException e) {
            FacesContext.getCurrentInstance().addMessage("listing:" + input,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(storefront.getLocale()), null));
        } catch (IOException e) {
            FacesContext.getCurrentInstance().addMessage("listing:" + input,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, storefront.text("seller.upload.failed"), null));
        }
        return true;
    }

    private String store(boolean submit) {
        AccountProfile seller = seller();
        receive(newImage, UploadPurpose.PRODUCT_IMAGE, "newImage");
        receive(newScan, UploadPurpose.CERTIFICATE_SCAN, "newScan");
        if (FacesContext.getCurrentInstance().getMessageList().stream().anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)) {
            return null;
        }
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

    public List<AdminUnitDirectory.Place> getProvinces() {
        return places.provincesWithCommunes();
    }

    /** The communes of the province as sent with this request (the form's own choice), else as loaded. */
    public List<AdminUnitDirectory.Place> getCommunes() {
        String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("listing:province");
        return places.communesOf(sent != null ? sent : provinceCode);
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

    public Part getNewImage() {
        return newImage;
    }

    public void setNewImage(Part newImage) {
        this.newImage = newImage;
    }

    public Part getNewScan() {
        return newScan;
    }

    public void setNewScan(Part newScan) {
        this.newScan = newScan;
    }

    public String getCertScanKey() {
        return certScanKey;
    }

    public long getMaxUploadMegabytes() {
        return uploads.maxBytes() / (1024 * 1024);
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
