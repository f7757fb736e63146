package vn.dacsan.media;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dacsan.platform.api.Problem;

/** A refused upload as a JSON problem: 413 too big, 415 wrong kind, 422 unreadable, 400 empty. */
@Provider
public class UploadRejectedMapper implements ExceptionMapper<UploadRejectedException> {

    @Override
    public Response toResponse(UploadRejectedException e) {
        return Problem.response(status(e.reason()), "Upload refused", e.getMessage(), null);
    }

    static int status(UploadRejectedException.Reason reason) {
        return switch (reason) {
            case EMPTY -> 400;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNREADABLE_IMAGE, UNREADABLE_DOCUMENT, TOO_MANY_PIXELS -> 422;
        };
    }
}
