package vn.dacsan.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The marketplace's JSON API as the harness's flows call it: plain HTTP/1.1 on loopback, no cookies. */
final class ApiClient {

    private final HttpClient http;
    private final String base;
    private final Duration timeout;

    /** {@code timeout} per request: generous, as the first calls of a flow warm up a busy server. */
    ApiClient(HttpClient http, String base, Duration timeout) {
        this.http = http;
        this.base = base;
        this.timeout = timeout;
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    /** A request with a JSON body (none when {@code json} is null); {@code headers} are name, value pairs. */
    HttpResponse<String> send(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The answer's JSON object when the status is the expected one; otherwise an error naming the call. */
    static JsonObject expect(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().method() + " " + response.request().uri().getPath() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + abbreviate(response.body()));
        }
        return object(response.body());
    }

    static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** JSON string literal of {@code text}. */
    static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
