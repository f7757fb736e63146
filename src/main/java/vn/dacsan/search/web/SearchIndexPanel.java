package vn.dacsan.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.dacsan.search.application.ProductIndex;
import vn.dacsan.search.application.ReindexJob;
import vn.dacsan.search.application.SearchUnavailableException;

/** The staff area's search-index panel: live products vs indexed documents, and a full rebuild with progress. */
@Named
@RequestScoped
public class SearchIndexPanel {

    @Inject
    ReindexJob job;
    @Inject
    ProductIndex index;

    private Long indexed;

    public ReindexJob.Status getStatus() {
        return job.status();
    }

    public boolean isRunning() {
        return job.status().state() == ReindexJob.State.RUNNING;
    }

    public long getLive() {
        return index.liveCount();
    }

    /** Documents Solr holds now, or -1 when Solr does not answer. */
    public long getIndexed() {
        if (indexed == null) {
            try {
                indexed = index.indexedCount();
            } catch (SearchUnavailableException e) {
                indexed = -1L;
            }
        }
        return indexed;
    }

    /** Starts the rebuild and shows the staff page again (a GET, so reloading it starts nothing). */
    public void rebuild() throws IOException {
        job.start();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/quan-ly/#search-index");
    }
}
