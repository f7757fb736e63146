package vn.dacsan.listing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.listing.application.UploadKeys;
import vn.dacsan.media.MediaUploads;
import vn.dacsan.media.StoredUpload;
import vn.dacsan.media.UploadPurpose;
import vn.dacsan.platform.api.Problem;

/**
 * A business uploads a product picture or a certificate scan (multipart field "file"); the
 * answer's keys go into a listing's "images" or "certificate.scanKey". Files are checked by
 * content and stored in the business's own folder.
 */
@Path("/v1/seller/uploads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SellerUploadResource {

    @Inject
    MediaUploads uploads;
    @Inject
    Callers callers;
    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a picture (purpose=PRODUCT_IMAGE: JPEG, PNG, WebP) or a certificate scan (CERTIFICATE_SCAN: also PDF)")
    public Response upload(@FormParam("file") EntityPart file,
                           @QueryParam("purpose") @DefaultValue("PRODUCT_IMAGE") String purpose) throws IOException {
        AccountProfile seller = callers.business(security);
        UploadPurpose wanted = purpose(purpose);
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getContent()) {
            StoredUpload stored = uploads.accept(in, file == null ? "" : file.getFileName().orElse(""), wanted,
                    UploadKeys.owner(seller.producerId()));
            return Response.status(201).entity(stored).build();
        }
    }

    private static UploadPurpose purpose(String value) {
        try {
            UploadPurpose purpose = UploadPurpose.valueOf(value.toUpperCase(Locale.ROOT));
            if (purpose == UploadPurpose.PRODUCT_IMAGE || purpose == UploadPurpose.CERTIFICATE_SCAN) {
                return purpose;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new WebApplicationException(Problem.response(400, "Invalid parameter",
                "purpose must be PRODUCT_IMAGE or CERTIFICATE_SCAN", "purpose"));
    }
}
