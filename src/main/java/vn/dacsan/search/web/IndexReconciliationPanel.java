package vn.dacsan.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.dacsan.search.application.IndexReconciliation;
import vn.dacsan.search.application.SearchUnavailableException;

/**
 * The staff area's check that the search index equals the database (ids and versions), with a
 * repair that re-indexes the products found different. Shows the last result since start.
 */
@Named
@RequestScoped
public class IndexReconciliationPanel {

    @Inject
    IndexReconciliation reconciliation;

    public IndexReconciliation.Report getLast() {
        return reconciliation.last().orElse(null);
    }

    public void check() throws IOException {
        run(false);
    }

    public void repair() throws IOException {
        run(true);
    }

    private void run(boolean repair) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String outcome = "";
        try {
            if (repair) {
                reconciliation.repair();
            } else {
                reconciliation.check();
            }
        } catch (SearchUnavailableException e) {
            outcome = "?solr=down";
        }
        // a GET afterwards, so reloading the page runs nothing again
        external.redirect(external.getRequestContextPath() + "/quan-ly/" + outcome + "#reconciliation");
    }
}
