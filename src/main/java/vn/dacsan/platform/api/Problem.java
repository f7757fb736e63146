package vn.dacsan.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem body: what went wrong, for people and programs. */
public record Problem(String type, String title, int status, String detail, String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static final String DATABASE_UNAVAILABLE = "The database is not answering for the moment; nothing was saved. Try again shortly";

    /** 503 while the database refuses connections (the transaction rolled back). */
    public static Response databaseUnavailable() {
        return Response.fromResponse(response(503, "Service unavailable", DATABASE_UNAVAILABLE, null))
                .header("Retry-After", "30").build();
    }

    /** The same body for code outside JAX-RS (a servlet filter). */
    public static String databaseUnavailableJson() {
        return "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\""
                + DATABASE_UNAVAILABLE + "\",\"parameter\":null}";
    }

    public static Response response(int status, String title, String detail, String parameter) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new Problem("about:blank", title, status, detail, parameter))
                .build();
    }
}
