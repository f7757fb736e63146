package vn.dacsan.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;
import vn.dacsan.platform.web.Storefront;

/**
 * Added to the WAR by MediaUploadsIT only: a Faces page bean wired the way a seller page would
 * be (h:inputFile bound to a Servlet Part, a refusal shown as a page message in the page's language).
 */
@Named
@RequestScoped
public class UploadProbePage {

    @Inject
    MediaUploads uploads;
    @Inject
    Storefront storefront;

    private Part file;
    private String summary = "";

    public void upload() throws IOException {
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            StoredUpload stored = uploads.accept(in, file == null ? "" : file.getSubmittedFileName(), UploadPurpose.PRODUCT_IMAGE);
            summary = stored.key() + " " + stored.contentType() + " " + stored.width() + "x" + stored.height() + " "
                    + stored.thumbnails().stream().map(t -> t.width() + "x" + t.height()).collect(Collectors.joining(","));
        } catch (UploadRejectedException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(storefront.getLocale()), null));
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSummary() {
        return summary;
    }
}
