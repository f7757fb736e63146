package vn.dacsan.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem with an "items" extension: the things it is about (products short of stock, changed prices). */
public record ItemsProblem<T>(String type, String title, int status, String detail, String parameter, List<T> items) {

    public static <T> Response response(int status, String title, String detail, String parameter, List<T> items) {
        return Response.status(status)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new ItemsProblem<>("about:blank", title, status, detail, parameter, List.copyOf(items)))
                .build();
    }
}
