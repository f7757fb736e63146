package vn.dacsan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The listing and review API as integrations use it, on Payara Micro with the demo accounts:
 * the approve and reject journeys, 401/403/404/409/422 problems, and ownership of every seller
 * endpoint tried with another business's listing; and an order placed, replayed, tracked and
 * fulfilled over the order API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListingApiIT {

    private static final String PASSWORD = "demo12345";
    private static final String STAFF = basic("canbo@demo.dacsan.vn");
    private static final String BUSINESS = basic("keodua@demo.dacsan.vn");
    private static final String OTHER_BUSINESS = basic("choimyan@demo.dacsan.vn");
    private static final String SHOPPER = basic("khach@demo.dacsan.vn");

    /**
     * The indexer's timer is as good as off here (ten minutes): what makes a decision searchable
     * within the tests' few seconds is the drain each committed outbox write asks for.
     */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return MarketplaceDeployment.create(Map.of("dacsan.indexer.interval-ms", "600000"));
    }

    @ArquillianResource
    URL base;

    @Test
    void aSubmittedListingIsApprovedAndBecomesSearchable() throws InterruptedException {
        Http http = new Http(base);
        String name = "Kẹo dừa lá dứa Mỏ Cày " + System.nanoTime() % 100000;
        HttpResponse<String> created = http.send("POST", "/api/v1/seller/products", listing(name, 42000), "Authorization", BUSINESS);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject listing = Http.json(created).asJsonObject();
        long id = listing.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/api/v1/seller/products/" + id);
        assertThat(listing.getString("status")).isEqualTo("DRAFT");

        JsonObject submitted = Http.json(http.post("/api/v1/seller/products/" + id + "/submit", "Authorization", BUSINESS)).asJsonObject();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getJsonObject("open").getString("dueOn")).matches("\\d{4}-\\d{2}-\\d{2}");

        JsonArray queue = Http.json(http.get("/api/v1/staff/reviews?state=SUBMITTED", "Authorization", STAFF)).asJsonArray();
        JsonObject item = queue.getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("productId").longValue() == id).findFirst().orElseThrow();
        long review = item.getJsonNumber("id").longValue();
        assertThat(item.getBoolean("newListing")).isTrue();

        HttpResponse<String> approved = http.send("POST", "/api/v1/staff/reviews/" + review + "/approve", "{}", "Authorization", STAFF);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        long decided = System.nanoTime();
        HttpResponse<String> twice = http.send("POST", "/api/v1/staff/reviews/" + review + "/approve", "{}", "Authorization", STAFF);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(Http.json(twice).asJsonObject().getString("parameter")).isEqualTo("revision-approved");

        String query = "/api/v1/products?q=" + URLEncoder.encode(name.toLowerCase(), StandardCharsets.UTF_8);
        boolean found = false;
        while (!found && System.nanoTime() - decided < Duration.ofSeconds(2).toNanos()) {
            found = http.get(query).body().contains("\"id\":" + id);
            if (!found) {
                Thread.sleep(100);
            }
        }
        assertThat(found).as("approved listing searchable within 2 s").isTrue();

        JsonObject details = Http.json(http.get("/api/v1/seller/products/" + id, "Authorization", BUSINESS)).asJsonObject();
        assertThat(details.getString("status")).isEqualTo("LIVE");
        // staff revoke its certificate citing the decision: the star badge leaves search
        long certificate = Http.json(http.get("/api/v1/staff/reviews/" + review, "Authorization", STAFF)).asJsonObject()
                .getJsonNumber("revocableCertificateId").longValue();
        HttpResponse<String> noReference = http.send("POST", "/api/v1/staff/certificates/" + certificate + "/revoke",
                "{\"reason\":\"Vi phạm an toàn thực phẩm\"}", "Authorization", STAFF);
        assertThat(noReference.statusCode()).as(noReference.body()).isEqualTo(422);
        assertThat(http.send("POST", "/api/v1/staff/certificates/" + certificate + "/revoke",
                "{\"decisionReference\":\"215/QĐ-UBND\",\"reason\":\"tự thu hồi\"}", "Authorization", BUSINESS).statusCode()).isEqualTo(403);
        HttpResponse<String> revoked = http.send("POST", "/api/v1/staff/certificates/" + certificate + "/revoke",
                "{\"decisionReference\":\"215/QĐ-UBND\",\"reason\":\"Vi phạm an toàn thực phẩm\"}", "Authorization", STAFF);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
        long revokedAt = System.nanoTime();
        boolean starless = false;
        while (!starless && System.nanoTime() - revokedAt < Duration.ofSeconds(5).toNanos()) {
            JsonObject hit = Http.json(http.get(query)).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
            starless = hit.isNull("stars");
            Thread.sleep(100);
        }
        assertThat(starless).as("revoked certificate's stars gone from search").isTrue();
        assertThat(http.send("POST", "/api/v1/staff/certificates/" + certificate + "/revoke",
                "{\"decisionReference\":\"216/QĐ-UBND\",\"reason\":\"lần hai\"}", "Authorization", STAFF).statusCode()).isEqualTo(409);
        // the public timeliness page counts it: decided the day it came in, so on time
        String timeliness = http.get("/minh-bach").body();
        assertThat(timeliness).contains("Minh bạch xét duyệt").contains("Tỷ lệ đúng hạn").contains("100 %");
        // both sides were told, in the site (and by mail when a server is configured)
        assertThat(http.get("/api/v1/me/notifications?size=50", "Authorization", STAFF).body())
                .contains("Hồ sơ chờ duyệt: " + name).contains("/quan-ly/xet-duyet.xhtml?id=" + review);
        assertThat(http.get("/api/v1/me/notifications?size=50", "Authorization", BUSINESS).body())
                .contains("Sản phẩm đã được duyệt: " + name);
        assertThat(http.get("/api/v1/me/notifications?size=50", "Authorization", OTHER_BUSINESS).body()).doesNotContain(name);
        // the indexer also clears what it indexed: the outbox drains
        long drained = System.nanoTime();
        long backlog = -1;
        while (backlog != 0 && System.nanoTime() - drained < Duration.ofSeconds(10).toNanos()) {
            backlog = Http.json(http.get("/api/v1/admin/reindex/outbox", "Authorization", "Bearer test-operator-token"))
                    .asJsonObject().getJsonNumber("entries").longValue();
            Thread.sleep(100);
        }
        assertThat(backlog).as("search outbox entries left").isZero();
        JsonObject logged = Http.json(http.get("/api/v1/seller/products/" + id, "Authorization", BUSINESS)).asJsonObject();
        assertThat(logged.getJsonArray("log").getValuesAs(JsonObject.class)).extracting(l -> l.getString("action"))
                .containsExactly("CREATED", "SUBMITTED", "APPROVED", "CERTIFICATE_REVOKED");
    }

    @Test
    void aRejectionNeedsAReasonAndTheBusinessSeesIt() {
        Http http = new Http(base);
        long id = Http.json(http.send("POST", "/api/v1/seller/products", listing("Bánh tráng dừa nướng", 30000), "Authorization", BUSINESS))
                .asJsonObject().getJsonNumber("id").longValue();
        long review = Http.json(http.post("/api/v1/seller/products/" + id + "/submit", "Authorization", BUSINESS)).asJsonObject()
                .getJsonObject("open").getJsonNumber("id").longValue();

        for (String body : new String[] {"{}", "{\"reason\":\"   \"}", null}) {
            HttpResponse<String> refused = http.send("POST", "/api/v1/staff/reviews/" + review + "/reject", body, "Authorization", STAFF);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(Http.json(refused).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        }
        HttpResponse<String> rejected = http.send("POST", "/api/v1/staff/reviews/" + review + "/reject",
                "{\"reason\":\"Ảnh chưa đúng sản phẩm\"}", "Authorization", STAFF);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(http.send("POST", "/api/v1/staff/reviews/" + review + "/approve", "{}", "Authorization", STAFF).statusCode())
                .as("approving a rejected revision").isEqualTo(409);

        assertThat(http.get("/api/v1/me/notifications?size=50", "Authorization", BUSINESS).body())
                .contains("Sản phẩm bị từ chối: Bánh tráng dừa nướng").contains("Ảnh chưa đúng sản phẩm");
        JsonObject mine = Http.json(http.get("/api/v1/seller/products", "Authorization", BUSINESS)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(l -> l.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(mine.getString("status")).isEqualTo("REJECTED");
        assertThat(mine.getString("lastReason")).isEqualTo("Ảnh chưa đúng sản phẩm");
    }

    @Test
    void everySellerEndpointRefusesAnotherBusinesssListing() {
        Http http = new Http(base);
        long id = Http.json(http.send("POST", "/api/v1/seller/products", listing("Kẹo dừa sữa non", 35000), "Authorization", BUSINESS))
                .asJsonObject().getJsonNumber("id").longValue();
        List<HttpResponse<String>> foreign = List.of(
                http.get("/api/v1/seller/products/" + id, "Authorization", OTHER_BUSINESS),
                http.send("PUT", "/api/v1/seller/products/" + id, listing("Kẹo dừa bị sửa", 1000), "Authorization", OTHER_BUSINESS),
                http.post("/api/v1/seller/products/" + id + "/submit", "Authorization", OTHER_BUSINESS),
                http.send("POST", "/api/v1/seller/products/" + id + "/withdraw", "{}", "Authorization", OTHER_BUSINESS));
        for (HttpResponse<String> response : foreign) {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(403);
            assertThat(response.body()).doesNotContain("Kẹo dừa sữa non");
        }
        assertThat(http.get("/api/v1/seller/products", "Authorization", OTHER_BUSINESS).body()).doesNotContain("\"id\":" + id + ",");
        assertThat(http.get("/api/v1/seller/products/" + id, "Authorization", BUSINESS).body()).contains("Kẹo dừa sữa non");
        assertThat(http.get("/api/v1/seller/products/99999999", "Authorization", BUSINESS).statusCode()).isEqualTo(404);
    }

    @Test
    void callersWithoutTheRightRoleGet401Or403() {
        Http http = new Http(base);
        assertThat(http.get("/api/v1/seller/products").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/staff/reviews").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/seller/products", "Authorization", SHOPPER).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/seller/products", "Authorization", STAFF).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/staff/reviews", "Authorization", BUSINESS).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/v1/staff/reviews/1/approve", "{}", "Authorization", BUSINESS).statusCode()).isEqualTo(403);
        HttpResponse<String> badState = http.get("/api/v1/staff/reviews?state=LOST", "Authorization", STAFF);
        assertThat(badState.statusCode()).isEqualTo(400);
        assertThat(Http.json(badState).asJsonObject().getString("parameter")).isEqualTo("state");
        assertThat(http.get("/api/v1/staff/reviews/99999999", "Authorization", STAFF).statusCode()).isEqualTo(404);
    }

    @Test
    void anOperatorCreatesAStaffAccountWhichThenReviewsListings() {
        Http http = new Http(base);
        String operator = "Bearer test-operator-token";
        String email = "can.bo." + System.nanoTime() + "@socongthuong.example.vn";
        String body = "{\"email\":\"" + email + "\",\"name\":\"Lê Minh Tâm\",\"password\":\"mot mat khau dai\",\"role\":\"STAFF\"}";

        assertThat(http.send("POST", "/api/v1/admin/accounts", body).statusCode()).isEqualTo(401);
        assertThat(http.send("POST", "/api/v1/admin/accounts", body, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(http.send("POST", "/api/v1/admin/accounts", body, "Authorization", STAFF).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = http.send("POST", "/api/v1/admin/accounts",
                "{\"email\":\"khong-phai-email\",\"name\":\" \",\"password\":\"ngan\",\"role\":\"SHOPPER\"}",
                "Authorization", operator);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        assertThat(Http.json(bad).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("email", "name", "password", "role");
        assertThat(http.send("POST", "/api/v1/admin/accounts", "{not json", "Authorization", operator).statusCode()).isEqualTo(400);
        String staffLogin = "Basic " + Base64.getEncoder().encodeToString((email + ":mot mat khau dai").getBytes(StandardCharsets.UTF_8));
        assertThat(http.get("/api/v1/staff/reviews", "Authorization", staffLogin).statusCode()).isEqualTo(401);

        HttpResponse<String> created = http.send("POST", "/api/v1/admin/accounts", body, "Authorization", operator);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject account = Http.json(created).asJsonObject();
        assertThat(account.getString("email")).isEqualTo(email);
        assertThat(account.getString("role")).isEqualTo("STAFF");
        assertThat(created.body()).doesNotContain("mot mat khau dai");
        assertThat(http.get("/api/v1/staff/reviews", "Authorization", staffLogin).statusCode()).isEqualTo(200);

        HttpResponse<String> again = http.send("POST", "/api/v1/admin/accounts", body.replace(email, email.toUpperCase()), "Authorization", operator);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(http.send("POST", "/api/v1/admin/accounts", body.replace(email, "keodua@demo.dacsan.vn"), "Authorization", operator)
                .statusCode()).isEqualTo(409);
    }

    @Test
    void anOperatorLoadsTheCommunesOfAProvinceAndBadRowsLoadNothing() {
        Http http = new Http(base);
        String operator = "Bearer test-operator-token";
        String good = "[{\"province\":\"hue\",\"name\":\"phường Thuận Hóa\",\"level\":\"WARD\"},"
                + "{\"province\":\"hue\",\"name\":\"xã Phú Vang\",\"level\":\"COMMUNE\",\"formerName\":\"huyện Phú Vang, tỉnh Thừa Thiên Huế\"}]";
        String bad = "[{\"province\":\"hue\",\"name\":\"phường Phú Xuân\",\"level\":\"WARD\"},"
                + "{\"province\":\"ben-tre\",\"name\":\"xã A\",\"level\":\"COMMUNE\"},"
                + "{\"province\":\"hue\",\"name\":\"\",\"level\":\"COMMUNE\"},"
                + "{\"province\":\"hue\",\"name\":\"xã B\",\"level\":\"HAMLET\"},"
                + "{\"province\":\"hue\",\"name\":\"xã C\",\"level\":\"COMMUNE\",\"code\":\"vinh-long.c\"},"
                + "{\"province\":\"hue\",\"name\":\"Phường Phú Xuân\",\"level\":\"WARD\"}]";

        assertThat(http.send("POST", "/api/v1/admin/places/communes", good).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = http.send("POST", "/api/v1/admin/places/communes", bad, "Authorization", operator);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(Http.json(refused).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("communes[1].province", "communes[2].name", "communes[3].level", "communes[4].code", "communes[5].code");
        assertThat(http.send("POST", "/api/v1/admin/places/communes", "[]", "Authorization", operator).statusCode()).isEqualTo(422);
        assertThat(Http.json(http.get("/api/v1/places/hue/communes")).asJsonArray()).isEmpty();

        HttpResponse<String> loaded = http.send("POST", "/api/v1/admin/places/communes", good, "Authorization", operator);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(Http.json(loaded).asJsonObject().getInt("added")).isEqualTo(2);
        assertThat(Http.json(http.get("/api/v1/places/hue/communes")).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("code") + " " + c.getString("name"))
                .containsExactlyInAnyOrder("hue.thuan-hoa phường Thuận Hóa", "hue.phu-vang xã Phú Vang");

        JsonObject again = Http.json(http.send("POST", "/api/v1/admin/places/communes",
                good.replace("phường Thuận Hóa", "Phường Thuận Hóa"), "Authorization", operator)).asJsonObject();
        assertThat(again.getInt("added")).isZero();
        assertThat(again.getInt("renamed")).isEqualTo(1);
        assertThat(again.getInt("unchanged")).isEqualTo(1);
    }

    @Test
    void invalidFieldsAre422WithTheirNamesAndNothingIsCreated() {
        Http http = new Http(base);
        int before = Http.json(http.get("/api/v1/seller/products", "Authorization", BUSINESS)).asJsonArray().size();
        String bad = "{\"name\":\"\",\"description\":\"ngắn\",\"priceVnd\":-1,\"unit\":\"hộp\",\"stock\":-3,"
                + "\"groupCode\":\"khong-co\",\"originCode\":\"vinh-long.an-hoi\"}";
        HttpResponse<String> refused = http.send("POST", "/api/v1/seller/products", bad, "Authorization", BUSINESS, "Accept-Language", "vi");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonArray errors = Http.json(refused).asJsonObject().getJsonArray("errors");
        assertThat(errors.getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("name", "description", "priceVnd", "stock");
        assertThat(errors.getJsonObject(0).getString("message")).isEqualTo("Vui lòng điền mục này.");
        assertThat(http.send("POST", "/api/v1/seller/products", "{not json", "Authorization", BUSINESS).statusCode()).isEqualTo(400);
        assertThat(http.send("POST", "/api/v1/seller/products", listing("Giá quá cao", 900_000_000), "Authorization", BUSINESS).statusCode())
                .isEqualTo(422);
        assertThat(Http.json(http.get("/api/v1/seller/products", "Authorization", BUSINESS)).asJsonArray()).hasSize(before);
    }

    @Test
    void uploadsAreCheckedByContentAndOnlyTheUploadingBusinessCanUseThem() throws Exception {
        Http http = new Http(base);
        HttpResponse<String> renamed = upload(http, BUSINESS, "anh.jpg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(415);
        HttpResponse<String> stored = upload(http, BUSINESS, "keo-dua.png", png());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        JsonObject upload = Http.json(stored).asJsonObject();
        String key = upload.getString("key");
        long producer = Http.json(http.get("/api/v1/me", "Authorization", BUSINESS)).asJsonObject().getJsonNumber("producerId").longValue();
        assertThat(key).startsWith("uploads/p" + producer + "/products/").endsWith(".png");
        assertThat(http.get("/media/" + key).statusCode()).isEqualTo(200);

        String withPicture = listing("Kẹo dừa có ảnh", 40000).replace("}}", "},\"images\":[\"" + key + "\"]}");
        HttpResponse<String> foreign = http.send("POST", "/api/v1/seller/products", withPicture, "Authorization", OTHER_BUSINESS);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(422);
        assertThat(Http.json(foreign).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("images");
        HttpResponse<String> mine = http.send("POST", "/api/v1/seller/products", withPicture, "Authorization", BUSINESS);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(201);
        assertThat(Http.json(mine).asJsonObject().getJsonObject("open").getJsonObject("content").getJsonArray("images").getString(0))
                .isEqualTo(key);
        assertThat(upload(http, SHOPPER, "keo-dua.png", png()).statusCode()).isEqualTo(403);
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private HttpResponse<String> upload(Http http, String login, String fileName, byte[] content) throws Exception {
        String boundary = "----dacsan" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/seller/uploads")))
                .header("Authorization", login)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOrderIsPlacedOnceTrackedAndFulfilledByItsProducerOnly() {
        Http http = new Http(base);
        JsonObject product = Http.json(http.get("/api/v1/seller/products", "Authorization", BUSINESS)).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("status").equals("LIVE") && p.getInt("stock") >= 2)
                .findFirst().orElseThrow();
        long productId = product.getJsonNumber("id").longValue();
        long price = product.getJsonNumber("priceVnd").longValue();
        int stock = product.getInt("stock");
        String checkout = checkout(productId, 2, price, "0912 345 678");

        HttpResponse<String> noKey = http.postJson("/api/v1/orders", checkout);
        assertThat(noKey.statusCode()).as(noKey.body()).isEqualTo(400);
        assertThat(Http.json(noKey).asJsonObject().getString("parameter")).isEqualTo("Idempotency-Key");

        String key = "it-" + System.nanoTime();
        HttpResponse<String> placed = http.postJson("/api/v1/orders", checkout, "Idempotency-Key", key, "Authorization", SHOPPER);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonObject order = Http.json(placed).asJsonObject();
        String code = order.getString("code");
        assertThat(code).matches("DS-\\d{4}-\\d{6}");
        assertThat(placed.headers().firstValue("Location")).get().asString().endsWith("/api/v1/orders/" + code);
        assertThat(order.getJsonNumber("totalVnd").longValue()).isEqualTo(2 * price);
        JsonObject part = order.getJsonArray("subOrders").getJsonObject(0);
        long subOrderId = part.getJsonNumber("id").longValue();
        assertThat(part.getString("state")).isEqualTo("PLACED");

        // the logged-in shopper is told the order arrived; the producer that it has a new order
        assertThat(http.get("/api/v1/me/notifications?size=50", "Authorization", SHOPPER).body())
                .contains("Đã nhận đơn hàng " + code).contains("/don-hang-cua-toi");
        assertThat(http.get("/api/v1/me/notifications?size=50", "Authorization", BUSINESS).body()).contains("Đơn hàng mới " + code);

        HttpResponse<String> replay = http.postJson("/api/v1/orders", checkout, "Idempotency-Key", key, "Authorization", SHOPPER);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(Http.json(replay).asJsonObject().getString("code")).isEqualTo(code);
        HttpResponse<String> reused = http.postJson("/api/v1/orders", checkout(productId, 1, price, "0912 345 678"),
                "Idempotency-Key", key, "Authorization", SHOPPER);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(stockOf(http, productId)).isEqualTo(stock - 2);
        assertThat(http.get("/api/v1/orders", "Authorization", SHOPPER).body()).contains(code);

        HttpResponse<String> changed = http.postJson("/api/v1/orders", checkout(productId, 1, price + 1000, "0912345678"),
                "Idempotency-Key", key + "-price");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(409);
        assertThat(Http.json(changed).asJsonObject().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("currentPriceVnd").longValue()).isEqualTo(price);
        HttpResponse<String> tooMany = http.postJson("/api/v1/orders", checkout(productId, stock, price, "0912345678"),
                "Idempotency-Key", key + "-stock");
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(409);
        assertThat(Http.json(tooMany).asJsonObject().getJsonArray("items").getJsonObject(0).getInt("available")).isEqualTo(stock - 2);
        HttpResponse<String> invalid = http.postJson("/api/v1/orders", checkout(productId, 0, price, "12345"),
                "Idempotency-Key", key + "-invalid", "Accept-Language", "vi");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("items[0].quantity", "buyer.phone", "Số lượng");

        assertThat(http.send("POST", "/api/v1/seller/orders/" + subOrderId + "/confirm", null, "Authorization", OTHER_BUSINESS)
                .statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/seller/orders", "Authorization", OTHER_BUSINESS).body()).doesNotContain(code);
        assertThat(http.get("/api/v1/seller/orders?state=PLACED", "Authorization", BUSINESS).body()).contains(code);
        assertThat(http.post("/api/v1/seller/orders/" + subOrderId + "/confirm", "Authorization", BUSINESS).statusCode()).isEqualTo(200);
        HttpResponse<String> early = http.post("/api/v1/seller/orders/" + subOrderId + "/deliver", "Authorization", BUSINESS);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(Http.json(early).asJsonObject().getString("parameter")).isEqualTo("wrong-step");
        HttpResponse<String> shipped = http.post("/api/v1/seller/orders/" + subOrderId + "/ship", "Authorization", BUSINESS);
        assertThat(Http.json(shipped).asJsonObject().getJsonObject("subOrder").getString("state")).isEqualTo("SHIPPED");
        assertThat(http.post("/api/v1/seller/orders/99999999/ship", "Authorization", BUSINESS).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/staff/orders?state=SHIPPED", "Authorization", STAFF).body()).contains(code);
        assertThat(http.get("/api/v1/staff/orders", "Authorization", BUSINESS).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/staff/orders?from=yesterday", "Authorization", STAFF).statusCode()).isEqualTo(400);

        HttpResponse<String> wrongPhone = http.get("/api/v1/orders/" + code + "?phone=0987654321");
        HttpResponse<String> unknown = http.get("/api/v1/orders/DS-1999-000001?phone=0912345678");
        assertThat(wrongPhone.statusCode()).isEqualTo(404);
        assertThat(wrongPhone.body()).isEqualTo(unknown.body());
        HttpResponse<String> tracked = http.get("/api/v1/orders/" + code + "?phone=%2B84912345678");
        assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
        assertThat(tracked.body()).contains("\"state\":\"SHIPPED\"");
        HttpResponse<String> limited = null;
        for (int i = 0; i < 12 && (limited == null || limited.statusCode() != 429); i++) {
            limited = http.get("/api/v1/orders/" + code + "?phone=0912345678");
        }
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).get().asString().matches("\\d+");
    }

    private static int stockOf(Http http, long productId) {
        return Http.json(http.get("/api/v1/seller/products/" + productId, "Authorization", BUSINESS)).asJsonObject()
                .getInt("stock");
    }

    private static String checkout(long productId, int quantity, long expectedPrice, String phone) {
        return "{\"items\":[{\"productId\":" + productId + ",\"quantity\":" + quantity + ",\"expectedPriceVnd\":" + expectedPrice + "}],"
                + "\"buyer\":{\"name\":\"Nguyễn Thị Mai\",\"phone\":\"" + phone + "\",\"email\":null},"
                + "\"address\":{\"provinceCode\":\"vinh-long\",\"communeCode\":\"vinh-long.an-hoi\","
                + "\"street\":\"Ấp 3, số 12\",\"note\":\"Gọi trước khi giao\"},\"payment\":\"COD\"}";
    }

    @Test
    void theDepartmentAndItsRulesAreReadableAndStaffPublishAScheduledVersion() {
        Http http = new Http(base);
        JsonArray units = Http.json(http.get("/api/v1/department")).asJsonObject().getJsonArray("units");
        assertThat(units.getJsonObject(0).getString("nameVi")).isEqualTo("Sở Công Thương tỉnh Bến Tre");
        assertThat(units.getJsonObject(0).getString("email")).isEqualTo("sct@bentre.gov.vn");
        assertThat(units.getJsonObject(1).getString("phones")).isEqualTo("0275.6281888 - 0275.3822403");

        JsonObject rules = Http.json(http.get("/api/v1/rules")).asJsonObject();
        assertThat(rules.getJsonObject("current").getString("effectiveOn")).isEqualTo("2026-07-01");
        long firstId = rules.getJsonObject("current").getJsonNumber("id").longValue();

        String empty = "{\"effectiveOn\":\"2099-01-01\",\"titleVi\":\" \",\"titleEn\":\"Rules\",\"bodyVi\":\"\",\"bodyEn\":\"Text\"}";
        HttpResponse<String> refused = http.postJson("/api/v1/staff/rules", empty, "Authorization", STAFF);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("titleVi", "bodyVi");
        String past = "{\"effectiveOn\":\"2026-01-01\",\"titleVi\":\"Quy chế\",\"titleEn\":\"Rules\",\"bodyVi\":\"Nội dung\",\"bodyEn\":\"Text\"}";
        HttpResponse<String> backdated = http.postJson("/api/v1/staff/rules", past, "Authorization", STAFF);
        assertThat(backdated.statusCode()).isEqualTo(422);
        assertThat(Http.json(backdated).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("rulesPast");
        assertThat(http.postJson("/api/v1/staff/rules", past, "Authorization", SHOPPER).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/v1/staff/rules", past).statusCode()).isEqualTo(401);

        String scheduled = "{\"effectiveOn\":\"2099-01-01\",\"titleVi\":\"Quy chế sửa đổi\",\"titleEn\":\"Amended rules\","
                + "\"bodyVi\":\"# 1. Phạm vi\\n\\nNội dung mới.\",\"bodyEn\":\"# 1. Scope\\n\\nNew text.\"}";
        HttpResponse<String> published = http.postJson("/api/v1/staff/rules", scheduled, "Authorization", STAFF);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(Http.json(published).asJsonObject().getBoolean("upcoming")).isTrue();
        JsonObject after = Http.json(http.get("/api/v1/rules")).asJsonObject();
        assertThat(after.getJsonObject("current").getJsonNumber("id").longValue()).isEqualTo(firstId);
        assertThat(after.getJsonArray("versions")).hasSize(2);
        assertThat(http.get("/quy-che?lang=vi").body()).contains("Có hiệu lực từ ngày 01/07/2026").contains("sắp có hiệu lực");
    }

    @Test
    void staffEditAUnitPageAndScriptInItsTextIsShownAsText() {
        Http http = new Http(base);
        JsonObject centre = Http.json(http.get("/api/v1/department")).asJsonObject().getJsonArray("units").getJsonObject(1);
        long id = centre.getJsonNumber("id").longValue();
        String bad = "{\"nameVi\":\"\",\"nameEn\":\"Centre\",\"email\":\"not-mail\",\"bodyVi\":\"x\",\"bodyEn\":\"y\"}";
        HttpResponse<String> refused = http.send("PUT", "/api/v1/staff/department/units/" + id, bad, "Authorization", STAFF);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("nameVi", "email");
        assertThat(http.send("PUT", "/api/v1/staff/department/units/999999999", bad, "Authorization", STAFF).statusCode()).isEqualTo(404);

        String payload = "{\"nameVi\":\"" + centre.getString("nameVi") + "\",\"nameEn\":\"" + centre.getString("nameEn")
                + "\",\"phones\":\"" + centre.getString("phones") + "\",\"bodyVi\":\"<script>document.title='hacked'</script>\\n\\n<img src=x onerror=alert(1)>\","
                + "\"bodyEn\":\"Plain\"}";
        HttpResponse<String> saved = http.send("PUT", "/api/v1/staff/department/units/" + id, payload, "Authorization", STAFF);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String page = http.get("/gioi-thieu/" + centre.getString("slug") + "?lang=vi").body();
        assertThat(page).contains("&lt;script&gt;document.title=").contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>document").doesNotContain("<img src=x");
        assertThat(http.get("/gioi-thieu/khong-co").statusCode()).isEqualTo(404);
    }

    @Test
    void theFooterShowsTheDepartmentsNewPhonesAsSoonAsStaffSaveThem() {
        Http http = new Http(base);
        JsonObject department = Http.json(http.get("/api/v1/department")).asJsonObject().getJsonArray("units").getJsonObject(0);
        long id = department.getJsonNumber("id").longValue();
        String phones = department.getString("phones");
        assertThat(http.get("/tim-kiem?q=keo+dua").body()).contains("<span id=\"footer-phones\">" + phones + "</span>");
        try {
            HttpResponse<String> saved = http.send("PUT", "/api/v1/staff/department/units/" + id, unit(department, "0275 123 4567"),
                    "Authorization", STAFF);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(http.get("/tim-kiem?q=keo+dua").body()).contains("<span id=\"footer-phones\">0275 123 4567</span>");
            assertThat(http.get("/?lang=en").body()).contains("<span id=\"footer-phones\">0275 123 4567</span>");
        } finally {
            assertThat(http.send("PUT", "/api/v1/staff/department/units/" + id, unit(department, phones), "Authorization", STAFF)
                    .statusCode()).isEqualTo(200);
        }
        assertThat(http.get("/tim-kiem?q=keo+dua").body()).contains("<span id=\"footer-phones\">" + phones + "</span>");
    }

    private static String unit(JsonObject unit, String phones) {
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder();
        for (String field : List.of("nameVi", "nameEn", "address", "email", "website", "bodyVi", "bodyEn")) {
            if (unit.containsKey(field) && !unit.isNull(field)) {
                body.add(field, unit.getString(field));
            }
        }
        return body.add("phones", phones).build().toString();
    }

    @Test
    void aComplaintIsRefusedFieldByFieldThenSentAnsweredAndReadByItsToken() {
        Http http = new Http(base);
        int before = Http.json(http.get("/api/v1/staff/feedback?limit=500", "Authorization", STAFF)).asJsonArray().size();
        assertThat(fields(http.postJson("/api/v1/feedback", feedback("An", "", "", "GENERAL", null, null, "Trang web chậm vào buổi tối."))))
                .containsExactly("contact");
        assertThat(fields(http.postJson("/api/v1/feedback", feedback("An", "an@@x", "12345", "GENERAL", null, null, "Trang web chậm vào buổi tối."))))
                .containsExactly("email", "phone");
        assertThat(fields(http.postJson("/api/v1/feedback", feedback("An", null, "0912345678", "ORDER", "DS-2026-999999", null, "Chưa nhận được hàng."))))
                .containsExactly("orderCode");
        assertThat(fields(http.postJson("/api/v1/feedback", feedback("An", "an@example.vn", null, "GENERAL", null, null, "x".repeat(4001)))))
                .containsExactly("message");
        assertThat(Http.json(http.get("/api/v1/staff/feedback?limit=500", "Authorization", STAFF)).asJsonArray()).hasSize(before);

        String slug = Http.json(http.get("/api/v1/products?size=1")).asJsonObject().getJsonArray("items").getJsonObject(0).getString("slug");
        HttpResponse<String> sent = http.postJson("/api/v1/feedback",
                feedback("Lê Bình", "binh@example.vn", null, "LISTING", null, "/san-pham/" + slug, "Ảnh sản phẩm khác hàng nhận được."));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonObject link = Http.json(sent).asJsonObject();
        String token = link.getString("token");
        assertThat(link.getString("link")).endsWith("/gop-y/" + token);
        assertThat(sent.headers().firstValue("Location")).get().asString().endsWith("/api/v1/feedback/" + token);
        assertThat(Http.json(http.get("/api/v1/feedback/" + token)).asJsonObject().getString("status")).isEqualTo("NEW");
        assertThat(http.get("/api/v1/feedback/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);

        assertThat(http.get("/api/v1/staff/feedback").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/staff/feedback", "Authorization", SHOPPER).statusCode()).isEqualTo(403);
        JsonObject queued = Http.json(http.get("/api/v1/staff/feedback?status=NEW", "Authorization", STAFF)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("senderName").equals("Lê Bình")).findFirst().orElseThrow();
        assertThat(queued.getBoolean("overdue")).isFalse();
        long id = queued.getJsonNumber("id").longValue();
        assertThat(http.postJson("/api/v1/staff/feedback/" + id + "/reply", "{\"reply\":\"  \"}", "Authorization", STAFF).statusCode())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/staff/feedback/999999999/reply", "{\"reply\":\"Đã xử lý\"}", "Authorization", STAFF).statusCode())
                .isEqualTo(404);
        HttpResponse<String> replied = http.postJson("/api/v1/staff/feedback/" + id + "/reply",
                "{\"reply\":\"Người bán đã cập nhật ảnh.\"}", "Authorization", STAFF);
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        JsonObject answer = Http.json(http.get("/api/v1/feedback/" + token)).asJsonObject();
        assertThat(answer.getString("status")).isEqualTo("ANSWERED");
        assertThat(answer.getString("reply")).isEqualTo("Người bán đã cập nhật ảnh.");
        assertThat(answer.containsKey("internalNote")).isFalse();
    }

    private static String feedback(String name, String email, String phone, String subject, String orderCode, String product, String message) {
        return Json.createObjectBuilder().add("name", name).add("email", email == null ? "" : email).add("phone", phone == null ? "" : phone)
                .add("subject", subject).add("orderCode", orderCode == null ? "" : orderCode).add("product", product == null ? "" : product)
                .add("message", message).build().toString();
    }

    private static java.util.List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return Http.json(response).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static String listing(String name, long price) {
        return "{\"name\":\"" + name + "\",\"description\":\"Làm thủ công từ nước cốt dừa Bến Tre, không chất bảo quản.\","
                + "\"priceVnd\":" + price + ",\"unit\":\"hộp 400 g\",\"stock\":50,\"groupCode\":\"2023.thuc-pham.che-bien\","
                + "\"originCode\":\"vinh-long.an-hoi\",\"certificate\":{\"stars\":4,\"decisionNumber\":\"1234/QĐ-UBND\","
                + "\"decisionDate\":\"2025-06-01\",\"issuer\":\"UBND tỉnh Vĩnh Long\"}}";
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
