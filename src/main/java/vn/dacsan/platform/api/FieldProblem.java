package vn.dacsan.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.dacsan.listing.application.FieldError;

/** A 422 problem that names every invalid field, with a stable code and a message for people. */
public record FieldProblem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static Response response(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(FieldError::field).toList());
        return Response.status(422)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new FieldProblem("about:blank", "Invalid fields", 422, detail, errors))
                .build();
    }
}
