package vn.dacsan.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Added to the WAR by MediaUploadsIT only: a REST endpoint wired the way the API would be
 * (a multipart field read as a Jakarta REST 3.1 EntityPart, refusals mapped to problems).
 */
@ApplicationPath("/upload-probe")
public class UploadProbeApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Resource.class, UploadRejectedMapper.class);
    }

    @Path("/certificates")
    @RequestScoped
    public static class Resource {

        @Inject
        MediaUploads uploads;

        @POST
        @Consumes(MediaType.MULTIPART_FORM_DATA)
        @Produces(MediaType.APPLICATION_JSON)
        public StoredUpload upload(@FormParam("file") EntityPart file) throws IOException {
            try (InputStream in = file.getContent()) {
                return uploads.accept(in, file.getFileName().orElse(""), UploadPurpose.CERTIFICATE_SCAN);
            }
        }
    }
}
