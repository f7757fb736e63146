package vn.dacsan.department.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vn.dacsan.department.application.DepartmentContacts;
import vn.dacsan.department.application.DepartmentDirectory;
import vn.dacsan.department.application.UnitView;
import vn.dacsan.platform.web.Storefront;

/**
 * The public pages about who runs the marketplace: /gioi-thieu (the department, its units and
 * contacts) and /gioi-thieu/{slug} (one unit); also the footer's name and contacts, read from
 * the department's data, or from dacsan.department.* while none has been entered.
 */
@Named
@RequestScoped
public class DepartmentPages {

    @Inject
    DepartmentDirectory directory;
    @Inject
    DepartmentContacts contacts;
    @Inject
    Storefront storefront;
    @Inject
    HttpServletRequest request;

    private List<UnitView> units;
    private UnitView unit;
    private Optional<UnitView> department;
    private Optional<UnitView> footer;

    /** For /gioi-thieu/{slug}: the unit, or a 404. */
    public void loadUnit() {
        Object slug = request.getAttribute("slug");
        unit = slug == null ? null : directory.bySlug(slug.toString()).orElse(null);
        if (unit == null) {
            notFound();
        }
    }

    /** A GET page answers "not found" with a real 404 and the friendly error page. */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public List<UnitView> getUnits() {
        if (units == null) {
            units = directory.units();
        }
        return units;
    }

    public List<UnitView> getAffiliated() {
        return getUnits().stream().filter(u -> !u.department()).toList();
    }

    public UnitView getDepartment() {
        if (department == null) {
            department = getUnits().stream().filter(UnitView::department).findFirst();
        }
        return department.orElse(null);
    }

    public UnitView getUnit() {
        return unit;
    }

    public String name(UnitView u) {
        return u == null ? "" : u.name(storefront.getLocale());
    }

    public List<String> paragraphs(UnitView u) {
        return u == null ? List.of() : u.paragraphs(storefront.getLocale());
    }

    /** The footer's department: kept across requests by {@link DepartmentContacts}, not queried per page. */
    private UnitView footerDepartment() {
        if (footer == null) {
            footer = contacts.department();
        }
        return footer.orElse(null);
    }

    public String getFooterName() {
        UnitView d = footerDepartment();
        return d == null ? storefront.getDepartmentName() : d.name(storefront.getLocale());
    }

    public String getFooterEmail() {
        UnitView d = footerDepartment();
        return d == null ? storefront.getDepartmentEmail() : d.email();
    }

    public String getFooterPhones() {
        UnitView d = footerDepartment();
        return d == null ? storefront.getDepartmentPhone() : d.phones();
    }
}
