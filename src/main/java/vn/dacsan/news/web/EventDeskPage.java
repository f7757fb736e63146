package vn.dacsan.news.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.catalog.application.AdminUnitDirectory;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.news.application.ArticleNotFoundException;
import vn.dacsan.news.application.EventDesk;
import vn.dacsan.news.application.EventDraft;
import vn.dacsan.news.application.InvalidArticleException;
import vn.dacsan.news.application.StaffEvent;
import vn.dacsan.news.domain.ArticleStateException;
import vn.dacsan.platform.web.Storefront;

/**
 * The staff calendar of trade fairs and campaigns (/quan-ly/su-kien, ?id=… to edit one): the list,
 * a form with errors beside its fields, cancelling, and the event's log.
 */
@Named
@ViewScoped
public class EventDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventDesk desk;
    @Inject
    AdminUnitDirectory places;
    @Inject
    CurrentAccount currentAccount;
    @Inject
    Storefront storefront;

    private Long id;
    private StaffEvent event;
    private List<StaffEvent> events;
    private String title;
    private String slug;
    private String description;
    private String startsOn;
    private String endsOn;
    private String venue;
    private String province;
    private String commune;
    private String reason;
    private final Map<String, String> errors = new HashMap<>();

    /** Reads the event named by ?id (on the first GET only). */
    public void load() {
        if (id != null && event == null) {
            try {
                event = desk.details(staff(), id);
            } catch (ArticleNotFoundException e) {
                id = null;
                return;
            }
            title = event.title();
            slug = event.slug();
            description = event.description();
            startsOn = event.startsOn().toString();
            endsOn = event.endsOn().toString();
            venue = event.venue();
            province = event.provinceCode();
            commune = event.communeCode();
        }
    }

    public String save() {
        // the province and commune pickers are plain HTML, read straight from the request
        Map<String, String> posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        province = posted.get("province");
        commune = posted.get("commune");
        EventDraft draft = new EventDraft(slug, title, description, startsOn, endsOn, venue, province, commune);
        errors.clear();
        try {
            if (id == null) {
                id = desk.create(staff(), draft, storefront.getLocale());
            } else {
                desk.update(staff(), id, draft, storefront.getLocale());
            }
        } catch (InvalidArticleException e) {
            for (FieldError error : e.errors()) {
                errors.merge(error.field(), error.message(), (a, b) -> a + " " + b);
            }
            global(FacesMessage.SEVERITY_ERROR, storefront.text("events.staff.invalid"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (ArticleStateException e) {
            global(FacesMessage.SEVERITY_ERROR, storefront.text("news.staff.conflict", e.getMessage()));
            return null;
        }
        return done("events.staff.saved");
    }

    public String cancel() {
        try {
            desk.cancel(staff(), id, reason);
        } catch (ArticleStateException | ArticleNotFoundException e) {
            global(FacesMessage.SEVERITY_ERROR, storefront.text("news.staff.conflict", e.getMessage()));
            return null;
        }
        return done("events.staff.cancelledNow");
    }

    private String done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        global(FacesMessage.SEVERITY_INFO, storefront.text(key));
        return "/quan-ly/su-kien.xhtml?faces-redirect=true&id=" + id;
    }

    private static void global(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    private AccountProfile staff() {
        return currentAccount.getProfile();
    }

    public List<StaffEvent> getEvents() {
        if (events == null) {
            events = desk.list(staff());
        }
        return events;
    }

    public List<AdminUnitDirectory.Place> getProvinces() {
        return places.provinces();
    }

    /** Communes and wards of the chosen province (storefront.js refreshes the list when the province changes). */
    public List<AdminUnitDirectory.Place> getCommunes() {
        return places.communesOf(province);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public StaffEvent getEvent() {
        return event;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getProvince() {
        return province;
    }

    public String getCommune() {
        return commune;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
