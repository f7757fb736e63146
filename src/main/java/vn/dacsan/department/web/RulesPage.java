package vn.dacsan.department.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.dacsan.department.application.OperatingRules;
import vn.dacsan.department.application.RulesView;
import vn.dacsan.platform.web.Storefront;

/** The operating rules (/quy-che): the version in force with its date, and every version (?phien-ban=id). */
@Named
@RequestScoped
public class RulesPage {

    static final String VERSION_PARAMETER = "phien-ban";

    @Inject
    OperatingRules rules;
    @Inject
    Storefront storefront;
    @Inject
    HttpServletRequest request;

    private List<RulesView> versions;
    private RulesView shown;
    private boolean looked;

    public List<RulesView> getVersions() {
        if (versions == null) {
            versions = rules.versions();
        }
        return versions;
    }

    /** The version asked for, or the one in force; null when none is published (or in force) yet. */
    public RulesView getShown() {
        if (!looked) {
            looked = true;
            String asked = request.getParameter(VERSION_PARAMETER);
            if (asked != null && asked.matches("\\d{1,18}")) {
                shown = getVersions().stream().filter(v -> v.id() == Long.parseLong(asked)).findFirst().orElse(null);
            }
            if (shown == null) {
                shown = getVersions().stream().filter(RulesView::current).findFirst().orElse(null);
            }
        }
        return shown;
    }

    public String title(RulesView v) {
        return v.title(storefront.getLocale());
    }

    public List<String> paragraphs(RulesView v) {
        return v.paragraphs(storefront.getLocale());
    }

    public boolean isHeading(String paragraph) {
        return paragraph.startsWith("# ");
    }

    public String heading(String paragraph) {
        return paragraph.substring(2).strip();
    }

    public String link(RulesView v) {
        return storefront.contextPath() + "/quy-che?" + VERSION_PARAMETER + "=" + v.id();
    }

    public String state(RulesView v) {
        return storefront.text(v.current() ? "dept.rules.current" : v.upcoming() ? "dept.rules.upcoming" : "dept.rules.earlier");
    }
}
