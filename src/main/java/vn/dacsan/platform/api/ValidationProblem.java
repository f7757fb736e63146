package vn.dacsan.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem about input fields, with an "errors" extension listing each field, a
 * stable code for programs and a message for people. "parameter" names the first field.
 */
public record ValidationProblem(String type, String title, int status, String detail, String parameter,
                                List<FieldProblem> errors) {

    public record FieldProblem(String field, String code, String message) {
    }

    public static Response response(int status, String title, String detail, List<FieldProblem> errors) {
        return Response.status(status)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new ValidationProblem("about:blank", title, status, detail,
                        errors.isEmpty() ? null : errors.get(0).field(), List.copyOf(errors)))
                .build();
    }
}
