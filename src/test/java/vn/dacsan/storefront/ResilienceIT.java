package vn.dacsan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.h2.tools.Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dacsan.dev.LocalSolrNode;
import vn.dacsan.testing.CuttableLink;
import vn.dacsan.testing.TestPostgres;

/**
 * What survives which fault, on the real WAR: Solr and the database are reached through links
 * the test cuts and mends. Solr down: searches answer from the database with a notice, approvals
 * and checkouts still succeed, and once Solr is back the outbox drains and the reconciliation
 * finds the index equal to the database. Database down: friendly 503s, nothing half-written, and
 * recovery without a restart. Also health, metrics and request ids. (Its own Payara boot: the
 * shared deployments keep their database inside the server, where no test can cut it.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT {

    private static final String PASSWORD = "demo12345";
    private static final String STAFF = basic("canbo@demo.dacsan.vn");
    private static final String BUSINESS = basic("keodua@demo.dacsan.vn");
    private static final String OPERATOR = "Bearer " + MarketplaceDeployment.ADMIN_TOKEN;

    private static CuttableLink solrLink;
    private static CuttableLink databaseLink;
    private static Server h2;

    @Deployment(testable = false)
    static WebArchive deployment() {
        URI solr = URI.create(LocalSolrNode.shared().baseUrl());
        solrLink = new CuttableLink(solr.getHost(), solr.getPort());
        Map<String, String> settings = new HashMap<>();
        settings.put("dacsan.solr.url", "http://127.0.0.1:" + solrLink.port() + solr.getPath());
        if (TestPostgres.chosen()) {
            String schema = TestPostgres.createSchema("it_faults");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestPostgres.dropSchema(schema)));
            URI server = URI.create(TestPostgres.requiredUrl().substring("jdbc:".length()));
            databaseLink = new CuttableLink(server.getHost(), server.getPort());
            settings.put("dacsan.db.url", "jdbc:postgresql://127.0.0.1:" + databaseLink.port() + server.getPath()
                    + "?currentSchema=" + schema);
            settings.put("dacsan.db.user", TestPostgres.user());
            settings.put("dacsan.db.password", TestPostgres.password());
        } else {
            int port = freePort();
            try {
                h2 = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot start the H2 server of the fault tests", e);
            }
            databaseLink = new CuttableLink("127.0.0.1", port);
            settings.put("dacsan.db.url", "jdbc:h2:tcp://127.0.0.1:" + databaseLink.port() + "/mem:faults-it;DB_CLOSE_DELAY=-1");
        }
        return MarketplaceDeployment.create(settings);
    }

    @AfterAll
    static void closeLinks() {
        solrLink.close();
        databaseLink.close();
        if (h2 != null) {
            h2.stop();
        }
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void healthMetricsAndRequestIds() {
        Http http = new Http(base);
        await(() -> http.get("/health/ready").statusCode() == 200, Duration.ofSeconds(30), "ready");
        HttpResponse<String> ready = http.get("/health/ready");
        assertThat(ready.body()).contains("\"database\"", "\"solr\"");
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);

        HttpResponse<String> searched = http.get("/api/v1/products?q=keo%20dua", "X-Request-Id", "lb-42.a");
        assertThat(searched.headers().firstValue("X-Request-Id")).contains("lb-42.a");
        assertThat(http.get("/api/v1/products?q=keo", "X-Request-Id", "<script>").headers().firstValue("X-Request-Id"))
                .get().asString().matches("[0-9a-f-]{36}");
        assertThat(http.get("/api/v1/me", "Authorization", basic("khach@demo.dacsan.vn", "wrong-password")).statusCode())
                .isEqualTo(401);

        HttpResponse<String> metrics = http.get("/metrics", "Accept", "text/plain");
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).contains("dacsan_search_seconds", "dacsan_outbox_backlog", "dacsan_outbox_oldest_age",
                "dacsan_orders_placed_total", "dacsan_logins_failed_total");
        assertThat(metrics.body()).containsPattern("dacsan_logins_failed_total\\{[^}]*\\} [1-9]");
    }

    @Test
    @Order(2)
    void withSolrStalledSearchStopsWaitingAtItsTimeLimitAndAnswersFromTheDatabase() {
        Http http = new Http(base);
        solrLink.stall();
        try {
            long started = System.nanoTime();
            HttpResponse<String> api = http.get("/api/v1/products?q=keo%20dua");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
            JsonObject found = Http.json(api).asJsonObject();
            assertThat(found.getBoolean("fallback")).isTrue();
            assertThat(found.getJsonNumber("total").longValue()).isPositive();
            // the search's 2 s, then the database: neither at once nor after SolrJ's own 5 s
            assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofMillis(4500));

            started = System.nanoTime();
            HttpResponse<String> suggest = http.get("/api/v1/suggest?q=keo");
            took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(suggest.statusCode()).isEqualTo(200);
            assertThat(suggest.body()).isEqualTo("[]");
            assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(3000));

            // the page, on a thread a timed-out search may have used before: the database reads go
            // on; and having fallen back it does not ask Solr for the news group after the products
            started = System.nanoTime();
            HttpResponse<String> page = http.get("/tim-kiem?q=keo+dua");
            took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("search-fallback").contains("Kẹo dừa").doesNotContain("news-results");
            assertThat(took).isLessThan(Duration.ofMillis(4500));

            // news search has no database fallback: a 503 problem at the time limit
            started = System.nanoTime();
            HttpResponse<String> news = http.get("/api/v1/news?q=hoi+cho");
            took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(news.statusCode()).as(news.body()).isEqualTo(503);
            assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofMillis(4500));
        } finally {
            solrLink.mend();
        }
    }

    @Test
    @Order(3)
    void withSolrDownSearchFallsBackToTheDatabaseAndApprovalsAndCheckoutsGoOn() {
        Http http = new Http(base);
        String name = "Kẹo dừa sầu riêng dự phòng " + System.nanoTime() % 100000;
        solrLink.cut();
        try {
            long started = System.nanoTime();
            HttpResponse<String> api = http.get("/api/v1/products?q=keo%20dua");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
            JsonObject found = Http.json(api).asJsonObject();
            assertThat(found.getBoolean("fallback")).isTrue();
            assertThat(found.getJsonNumber("total").longValue()).isPositive();
            assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
                    .allSatisfy(item -> assertThat(item.getString("slug")).contains("keo"));

            HttpResponse<String> page = http.get("/tim-kiem?q=keo+dua");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("search-fallback", "chế độ dự phòng").contains("Kẹo dừa");
            assertThat(http.get("/tim-kiem?q=keo+dua&lang=en").body()).contains("fallback mode");

            HttpResponse<String> ready = http.get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(Http.json(ready).asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class))
                    .anySatisfy(c -> assertThat(c.getString("name") + c.getString("status")).isEqualTo("solrDOWN"))
                    .anySatisfy(c -> assertThat(c.getString("name") + c.getString("status")).isEqualTo("databaseUP"));

            // a listing approved and an order placed while Solr is away
            long listing = approvedListing(http, name);
            HttpResponse<String> order = http.postJson("/api/v1/orders", checkout(listing, 2, 39_000),
                    "Idempotency-Key", "faults-" + System.nanoTime());
            assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
        } finally {
            solrLink.mend();
        }

        // Solr is back: the outbox drains, the circuit closes, the index equals the database
        await(() -> backlog(http) == 0, Duration.ofSeconds(60), "outbox drained");
        await(() -> !Http.json(http.get("/api/v1/products?q=sau%20rieng%20du%20phong")).asJsonObject().getBoolean("fallback"),
                Duration.ofSeconds(60), "searches answered by Solr again");
        JsonArray items = Http.json(http.get("/api/v1/products?q=sau%20rieng%20du%20phong")).asJsonObject().getJsonArray("items");
        assertThat(items.getValuesAs(JsonObject.class)).filteredOn(item -> item.getString("name").equals(name)).singleElement()
                .satisfies(item -> assertThat(item.getInt("stock")).as("stock after the order, in the index").isEqualTo(48));
        await(() -> Http.json(http.get("/api/v1/admin/reindex/reconcile", "Authorization", OPERATOR)).asJsonObject()
                .getBoolean("consistent"), Duration.ofSeconds(30), "index equal to the database");
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void withTheDatabaseRefusingConnectionsPagesAndApiSay503AndRecoverWithoutRestart() {
        Http http = new Http(base);
        String slug = Http.json(http.get("/api/v1/products?q=keo%20dua")).asJsonObject().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(item -> item.getInt("stock") >= 2)
                .findFirst().orElseThrow().getString("slug");
        long productId = Http.json(http.get("/api/v1/products/" + slug)).asJsonObject().getJsonNumber("id").longValue();
        long price = Http.json(http.get("/api/v1/products/" + slug)).asJsonObject().getJsonNumber("priceVnd").longValue();
        int stock = Http.json(http.get("/api/v1/products/" + slug)).asJsonObject().getInt("stock");
        String key = "faults-db-" + System.nanoTime();
        String checkout = checkout(productId, 1, price);

        databaseLink.cut();
        try {
            HttpResponse<String> page = http.get("/san-pham/" + slug);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("database-unavailable", "Hệ thống tạm thời gián đoạn")
                    .doesNotContain("Exception", "at vn.dacsan", "SQL");
            assertThat(page.headers().firstValue("X-Request-Id")).isPresent();

            HttpResponse<String> api = http.get("/api/v1/products/" + slug);
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(Http.json(api).asJsonObject().getInt("status")).isEqualTo(503);
            assertThat(api.body()).doesNotContain("Exception", "SQL");

            HttpResponse<String> order = http.postJson("/api/v1/orders", checkout, "Idempotency-Key", key);
            assertThat(order.statusCode()).as(order.body()).isEqualTo(503);
            assertThat(order.body()).doesNotContain("Exception");

            HttpResponse<String> ready = http.get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("database");
        } finally {
            databaseLink.mend();
        }

        // back without a restart: the pool reconnects; the refused order left nothing behind
        await(() -> http.get("/san-pham/" + slug).statusCode() == 200, Duration.ofSeconds(60), "product page again");
        assertThat(http.get("/api/v1/products/" + slug).statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get("/api/v1/products/" + slug)).asJsonObject().getInt("stock")).isEqualTo(stock);
        HttpResponse<String> placed = http.postJson("/api/v1/orders", checkout, "Idempotency-Key", key);
        assertThat(placed.statusCode()).as("the same key places a new order, none was half-written: " + placed.body())
                .isEqualTo(201);
        assertThat(placed.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(Http.json(http.get("/api/v1/products/" + slug)).asJsonObject().getInt("stock")).isEqualTo(stock - 1);
        await(() -> http.get("/health/ready").statusCode() == 200, Duration.ofSeconds(30), "ready again");
    }

    private static long approvedListing(Http http, String name) {
        String body = "{\"name\":\"" + name + "\",\"description\":\"Kẹo dừa nhân sầu riêng, làm thủ công.\","
                + "\"priceVnd\":39000,\"unit\":\"hộp 300 g\",\"stock\":50,\"groupCode\":\"2023.thuc-pham.che-bien\","
                + "\"originCode\":\"vinh-long.an-hoi\"}";
        HttpResponse<String> created = http.send("POST", "/api/v1/seller/products", body, "Authorization", BUSINESS);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).asJsonObject().getJsonNumber("id").longValue();
        assertThat(http.post("/api/v1/seller/products/" + id + "/submit", "Authorization", BUSINESS).statusCode()).isEqualTo(200);
        long review = Http.json(http.get("/api/v1/staff/reviews?state=SUBMITTED", "Authorization", STAFF)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("productId").longValue() == id)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> approved = http.send("POST", "/api/v1/staff/reviews/" + review + "/approve", "{}", "Authorization", STAFF);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    private static long backlog(Http http) {
        return Http.json(http.get("/api/v1/admin/reindex/outbox", "Authorization", OPERATOR)).asJsonObject()
                .getJsonNumber("entries").longValue();
    }

    private static String checkout(long productId, int quantity, long expectedPrice) {
        return "{\"items\":[{\"productId\":" + productId + ",\"quantity\":" + quantity + ",\"expectedPriceVnd\":" + expectedPrice + "}],"
                + "\"buyer\":{\"name\":\"Trần Văn Bình\",\"phone\":\"0912 345 678\",\"email\":null},"
                + "\"address\":{\"provinceCode\":\"vinh-long\",\"communeCode\":\"vinh-long.an-hoi\","
                + "\"street\":\"Ấp 1, số 5\",\"note\":null},\"payment\":\"COD\"}";
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not yet (a 503 body that is no JSON, say)
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basic(String email) {
        return basic(email, PASSWORD);
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
