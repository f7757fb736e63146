package vn.dacsan.department.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.dacsan.department.application.DepartmentDirectory;
import vn.dacsan.department.application.InvalidDepartmentInput;
import vn.dacsan.department.application.OperatingRules;
import vn.dacsan.department.application.RulesDraft;
import vn.dacsan.department.application.UnitView;
import vn.dacsan.department.application.UnknownUnit;
import vn.dacsan.department.domain.UnitContent;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.platform.web.RequestOrigin;
import vn.dacsan.platform.web.Storefront;

/**
 * The staff page for the department's pages and rules (/quan-ly/trang): pick a unit, edit its
 * names, contacts and text in both languages; publish a new version of the operating rules.
 * Every refused field is shown beside it and nothing is saved.
 */
@Named
@RequestScoped
public class StaffDepartmentPage {

    static final String PATH = "/quan-ly/trang";

    @Inject
    DepartmentDirectory directory;
    @Inject
    OperatingRules rules;
    @Inject
    Storefront storefront;
    @Inject
    SecurityContext security;
    @Inject
    HttpServletRequest request;

    private List<UnitView> units;
    private UnitView unit;
    private String nameVi;
    private String nameEn;
    private String address;
    private String phones;
    private String email;
    private String website;
    private String bodyVi;
    private String bodyEn;
    private String effectiveOn;
    private String titleVi;
    private String titleEn;
    private String rulesVi;
    private String rulesEn;
    private String error;
    private final FieldMessages errors = new FieldMessages();

    @PostConstruct
    void init() {
        units = directory.units();
        Long chosen = id(request.getParameter("unitId"));
        if (chosen == null) {
            chosen = id(request.getParameter("don-vi"));
        }
        Long wanted = chosen;
        unit = units.stream().filter(u -> wanted == null ? u.department() : u.id() == wanted).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0));
        if (unit != null) {
            nameVi = unit.nameVi();
            nameEn = unit.nameEn();
            address = unit.address();
            phones = unit.phones();
            email = unit.email();
            website = unit.website();
            bodyVi = unit.bodyVi();
            bodyEn = unit.bodyEn();
        }
        rules.current().ifPresent(current -> {
            titleVi = current.titleVi();
            titleEn = current.titleEn();
            rulesVi = current.bodyVi();
            rulesEn = current.bodyEn();
        });
    }

    public void save() throws IOException {
        if (unit == null || !RequestOrigin.fromThisSite(request)) {
            error = storefront.text("dept.queue.unknown");
            return;
        }
        try {
            directory.update(unit.id(), new UnitContent(nameVi, nameEn, address, phones, email, website, bodyVi, bodyEn),
                    staff(), storefront.getLocale());
        } catch (InvalidDepartmentInput refused) {
            refuse(refused.errors());
            return;
        } catch (UnknownUnit gone) {
            error = storefront.text("dept.queue.unknown");
            return;
        }
        redirect("?don-vi=" + unit.id() + "&luu=1");
    }

    public void publish() throws IOException {
        if (!RequestOrigin.fromThisSite(request)) {
            error = storefront.text("dept.queue.unknown");
            return;
        }
        LocalDate date;
        try {
            date = effectiveOn == null || effectiveOn.isBlank() ? null : LocalDate.parse(effectiveOn.strip());
        } catch (DateTimeParseException malformed) {
            refuse(List.of(new FieldError("rules.effectiveOn", "date", storefront.text("dept.error.required"))));
            return;
        }
        try {
            rules.publish(new RulesDraft(date, titleVi, titleEn, rulesVi, rulesEn), staff(), storefront.getLocale());
        } catch (InvalidDepartmentInput refused) {
            // the rules form has fields named like the unit form's: keep their messages apart
            refuse(refused.errors().stream().map(f -> new FieldError("rules." + f.field(), f.code(), f.message())).toList());
            return;
        }
        redirect("?cong-bo=" + date);
    }

    private void refuse(List<FieldError> fields) {
        errors.putAll(fields);
        error = storefront.text("dept.staff.errors");
    }

    private void redirect(String query) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PATH + query);
    }

    private String staff() {
        return security.getCallerPrincipal().getName();
    }

    private static Long id(String typed) {
        return typed != null && typed.matches("\\d{1,18}") ? Long.valueOf(typed) : null;
    }

    /** What the last redirect reports: a saved page or a published version. */
    public String getNotice() {
        if ("1".equals(request.getParameter("luu")) && unit != null) {
            return storefront.text("dept.staff.saved", unit.name(storefront.getLocale()));
        }
        String published = request.getParameter("cong-bo");
        return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}")
                ? storefront.text("dept.staff.published", storefront.date(LocalDate.parse(published))) : "";
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.has(field);
    }

    public String getError() {
        return error;
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public UnitView getUnit() {
        return unit;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getBodyVi() {
        return bodyVi;
    }

    public void setBodyVi(String bodyVi) {
        this.bodyVi = bodyVi;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getRulesVi() {
        return rulesVi;
    }

    public void setRulesVi(String rulesVi) {
        this.rulesVi = rulesVi;
    }

    public String getRulesEn() {
        return rulesEn;
    }

    public void setRulesEn(String rulesEn) {
        this.rulesEn = rulesEn;
    }
}
