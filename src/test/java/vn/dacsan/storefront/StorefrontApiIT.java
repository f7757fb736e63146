package vn.dacsan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The marketplace as clients see it, on Payara Micro with a real Solr node: the REST
 * contract, every bad input, health, OpenAPI, sitemap, stateless public pages and reindex.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MarketplaceDeployment.create();
    }

    @ArquillianResource
    URL base;

    private Http http;
    private static Boolean catalogueReady;

    @BeforeEach
    void demoCatalogueIsSearchable() {
        http = new Http(base);
        if (catalogueReady == null) {
            catalogueReady = awaitCatalogue();
        }
        assertThat(catalogueReady).as("the demo catalogue became searchable after deployment").isTrue();
    }

    private boolean awaitCatalogue() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.get("/api/v1/products?size=1");
                if (response.statusCode() == 200 && Http.json(response).asJsonObject().getInt("total") >= 60) {
                    return true;
                }
            } catch (IllegalStateException notListeningYet) {
                // the server may still be opening its port
            }
            sleep(250);
        }
        return false;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonObject products(String query) {
        HttpResponse<String> response = http.get("/api/v1/products?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return Http.json(response).asJsonObject();
    }

    @Test
    void unaccentedQueryFindsCoconutCandyFirst() {
        JsonObject result = products("q=keo%20dua");
        JsonArray items = result.getJsonArray("items");
        assertThat(items).isNotEmpty();
        assertThat(items.getJsonObject(0).getString("name")).startsWith("Kẹo dừa");
        assertThat(items.getJsonObject(1).getString("name")).startsWith("Kẹo dừa");
    }

    @Test
    void searchResponseFollowsTheContract() {
        JsonObject result = products("q=" + q("kẹo dừa") + "&size=5&page=1&sort=relevance");
        assertThat(result.keySet()).contains("total", "page", "size", "items", "facets", "suggestion", "partial");
        assertThat(result.getBoolean("partial")).as("a single Solr node answers completely").isFalse();
        assertThat(result.getInt("page")).isEqualTo(1);
        assertThat(result.getInt("size")).isEqualTo(5);
        assertThat(result.get("suggestion")).isEqualTo(JsonValue.NULL);
        JsonObject item = result.getJsonArray("items").getJsonObject(0);
        assertThat(item.keySet()).contains("id", "slug", "name", "priceVnd", "stars", "producer", "province", "commune", "group");
        assertThat(item.getJsonObject("producer").keySet()).contains("id", "name", "kind");
        assertThat(result.getJsonObject("facets").keySet()).contains("group", "stars", "province", "commune", "kind", "price");
        JsonObject firstGroup = result.getJsonObject("facets").getJsonArray("group").getJsonObject(0);
        assertThat(firstGroup.keySet()).containsExactlyInAnyOrder("value", "count");

        // a product whose certificate expired has "stars": null, present rather than omitted
        JsonObject expired = products("q=" + q("kẹo dừa sữa") + "&size=3").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("slug").equals("keo-dua-sua")).findFirst().orElseThrow();
        assertThat(expired.containsKey("stars")).isTrue();
        assertThat(expired.get("stars")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void filtersSortAndPagingWork() {
        JsonObject food = products("group=thuc-pham&sort=price_asc&size=10&page=2");
        assertThat(food.getInt("page")).isEqualTo(2);
        assertThat(food.getJsonArray("items")).hasSize(10).allSatisfy(v -> assertThat(v.asJsonObject().getString("group")).isEqualTo("thuc-pham"));
        JsonObject browse = products("");
        assertThat(browse.getInt("total")).isGreaterThanOrEqualTo(60);
        assertThat(browse.getInt("size")).isEqualTo(24);
        assertThat(products("q=buoii%20da%20xahn").getString("suggestion")).isEqualTo("buoi da xanh");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "page=0|400|page", "page=-1|400|page", "page=x|400|page", "size=101|400|size", "size=0|400|size",
            "sort=cheapest|400|sort", "group=khong-co|400|group", "stars=7|400|stars", "kind=FARM|400|kind",
            "province=atlantis|400|province", "minPrice=-5|400|minPrice", "q=keo%00dua|400|q", "q=keo%1Bdua|400|q"})
    void badParametersGetAClearProblem(String query, int status, String parameter) {
        HttpResponse<String> response = http.get("/api/v1/products?" + query);
        assertProblem(response, status);
        assertThat(Http.json(response).asJsonObject().getString("parameter")).isEqualTo(parameter);
    }

    @Test
    void tenKilobyteQueryIsRefused() {
        HttpResponse<String> response = http.get("/api/v1/products?q=" + "a".repeat(10_000));
        assertProblem(response, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:*", "{!join from=id to=id}x", "\"kẹo dừa", "kẹo (dừa", "[* TO *]", "\\", "name:keo)"})
    void solrSyntaxIsSearchedAsLiteralText(String text) {
        HttpResponse<String> response = http.get("/api/v1/products?q=" + q(text));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).asJsonObject().getInt("total")).isLessThan(products("").getInt("total"));
    }

    @Test
    void productBySlugHasCertificateAndProducer() {
        JsonObject product = Http.json(http.get("/api/v1/products/keo-dua-sap-ca-cao")).asJsonObject();
        assertThat(product.getString("name")).isEqualTo("Kẹo dừa sáp ca cao");
        assertThat(product.getJsonObject("certificate").getInt("stars")).isBetween(3, 5);
        assertThat(product.getJsonObject("certificate").getString("state")).isIn("VALID", "EXPIRING");
        assertThat(product.getJsonObject("producer").getString("name")).isNotBlank();
        assertThat(product.getJsonNumber("priceVnd").longValue()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"khong-ton-tai", "%3Cscript%3E", "..%2F..%2Fetc"})
    void unknownSlugIsA404Problem(String slug) {
        assertProblem(http.get("/api/v1/products/" + slug), 404);
    }

    @Test
    void suggestCompletesWhatWasTyped() {
        JsonArray suggestions = Http.json(http.get("/api/v1/suggest?q=" + q("keo d"))).asJsonArray();
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.getJsonObject(0).getString("name")).startsWith("Kẹo dừa");
        assertThat(Http.json(http.get("/api/v1/suggest?q=")).asJsonArray()).isEmpty();
    }

    @Test
    void healthReportsDatabaseAndSolr() {
        HttpResponse<String> response = http.get("/health/ready");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\"").contains("\"solr\"").contains("UP");
    }

    @Test
    void apiIsDocumentedAtOpenapi() {
        HttpResponse<String> response = http.get("/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/products").contains("/api/v1/suggest");
    }

    @Test
    void sitemapAndRobotsListThePublicPages() {
        HttpResponse<String> sitemap = http.get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("/san-pham/keo-dua-sap-ca-cao").contains("/nha-san-xuat/");
        assertThat(http.get("/robots.txt").body()).contains("Sitemap: ").contains("/sitemap.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tim-kiem?q=keo+dua", "/tim-kiem?group=thuc-pham&stars=4", "/san-pham/keo-dua-sap-ca-cao",
            "/?lang=en", "/media/demo/keo-dua-sap-ca-cao.svg", "/gio-hang", "/tin-tuc", "/tin-tuc?tag=d%E1%BB%ABa",
            "/tin-tuc/" + DEMO_ARTICLE, "/su-kien", "/su-kien?thang=2026-02", "/tin-tuc/feed.atom"})
    void publicPagesAreServedWithoutCreatingASession(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void productPageShowsPriceBadgeAndStructuredData() {
        String page = http.get("/san-pham/keo-dua-sap-ca-cao").body();
        assertThat(page).contains("Kẹo dừa sáp ca cao").contains("\u00a0₫").contains("OCOP")
                .contains("application/ld+json").contains("\"@type\":\"Product\"").contains("\"priceCurrency\":\"VND\"");
        assertThat(http.get("/san-pham/keo-dua-sap-ca-cao?lang=en").body()).contains("Producer").contains("Valid until");
    }

    @Test
    void unknownPagesGetAFriendly404() {
        HttpResponse<String> product = http.get("/san-pham/khong-ton-tai");
        assertThat(product.statusCode()).isEqualTo(404);
        assertThat(product.body()).contains("Không tìm thấy trang").doesNotContain("Exception");
        assertThat(http.get("/nha-san-xuat/khong-ton-tai").statusCode()).isEqualTo(404);
    }

    @Test
    void searchPageReadsAccentedQueriesAsUtf8() {
        HttpResponse<String> response = http.get("/tim-kiem?q=" + q("kẹo dừa sáp"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kết quả cho “kẹo dừa sáp”").contains("Kẹo dừa sáp ca cao");
    }

    @Test
    void searchPageOffersSortOrdersAndPagesAsPlainLinks() {
        String page = http.get("/tim-kiem?page=2&lang=en").body();
        assertThat(page).contains("<a href=\"/tim-kiem\" class=\"selected\" aria-current=\"true\">Best match</a>")
                .contains("<a href=\"/tim-kiem?sort=price_asc\" aria-current=\"false\">")
                .contains("<a href=\"/tim-kiem\" rel=\"prev\">")
                .contains("<a href=\"/tim-kiem?page=2\" class=\"selected\" aria-current=\"page\">2</a>")
                .contains("<a href=\"/tim-kiem?page=3\" rel=\"next\">")
                .contains("<section class=\"facet\" data-facet=\"group\">")
                .containsPattern("<a href=\"/tim-kiem\\?group=thuc-pham\" aria-current=\"false\">[^<]+ <span class=\"count\">\\(\\d+\\)</span></a>");
        assertThat(page.split("<article class=\"card\">", -1)).hasSize(25);
    }

    @Test
    void searchPageHelpsWhenNothingMatches() {
        String none = http.get("/tim-kiem?q=" + q("xyzzy khong co gi")).body();
        assertThat(none).contains("Không tìm thấy sản phẩm phù hợp").contains("keo dua");
        String misspelled = http.get("/tim-kiem?q=" + q("buoii da xahn")).body();
        assertThat(misspelled).contains("Có phải bạn muốn tìm").contains("id=\"suggestion\"").contains("buoi da xanh");
    }

    @Test
    void badSearchPageInputGetsAMessageNotAnError() {
        HttpResponse<String> response = http.get("/tim-kiem?page=0&sort=bogus");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("page").doesNotContain("Exception");
    }

    @Test
    void fullReindexNeedsTheOperatorTokenAndCompletes() {
        assertProblem(http.post("/api/v1/admin/reindex"), 401);
        assertProblem(http.post("/api/v1/admin/reindex", "Authorization", "Bearer wrong"), 401);
        String auth = "Bearer " + MarketplaceDeployment.ADMIN_TOKEN;
        HttpResponse<String> started = http.post("/api/v1/admin/reindex", "Authorization", auth);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonObject status;
        do {
            sleep(200);
            status = Http.json(http.get("/api/v1/admin/reindex", "Authorization", auth)).asJsonObject();
        } while (status.getString("state").equals("RUNNING") && System.nanoTime() < deadline);
        assertThat(status.getString("state")).isEqualTo("DONE");
        assertThat(status.getInt("indexed")).isEqualTo(status.getInt("total")).isGreaterThanOrEqualTo(60);
    }

    // ---- news and events -------------------------------------------------------------

    static final String DEMO_ARTICLE = "hon-200-gian-hang-se-gop-mat-tai-hoi-cho-dua-va-san-pham-ocop";
    private static final String STAFF = basic("canbo@demo.dacsan.vn");
    private static final String SHOPPER = basic("khach@demo.dacsan.vn");

    private static String basic(String email) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":demo12345").getBytes(StandardCharsets.UTF_8));
    }

    private static String article(String title, String body, String products) {
        return "{\"title\":" + jsonString(title) + ",\"summary\":\"Tóm tắt bài viết.\",\"body\":" + jsonString(body)
                + ",\"tags\":[\"kiểm thử\"],\"productIds\":[" + products + "]}";
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private long productId(String slug) {
        return Http.json(http.get("/api/v1/products/" + slug)).asJsonObject().getJsonNumber("id").longValue();
    }

    @Test
    void newsApiListsPublishedArticlesByTopicAndReadsOneWithItsLiveProducts() {
        JsonObject all = Http.json(http.get("/api/v1/news")).asJsonObject();
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(9);
        assertThat(all.getJsonArray("items")).hasSizeLessThanOrEqualTo(all.getInt("size"));
        JsonObject first = all.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("slug")).isNotBlank();
        assertThat(first.getString("publishedAt")).isNotBlank();

        JsonObject coconut = Http.json(http.get("/api/v1/news?tag=" + q("dừa"))).asJsonObject();
        assertThat(coconut.getInt("total")).isPositive().isLessThan(all.getInt("total"));
        assertThat(coconut.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(a -> assertThat(a.getJsonArray("tags").toString()).contains("dừa"));

        HttpResponse<String> one = http.get("/api/v1/news/" + DEMO_ARTICLE);
        assertThat(one.statusCode()).isEqualTo(200);
        JsonObject details = Http.json(one).asJsonObject();
        assertThat(details.getString("body")).contains("<strong>kẹo dừa</strong>").doesNotContain("<script");
        assertThat(details.getJsonArray("products").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("slug")).contains("keo-dua-sap-ca-cao");
        assertThat(details.getJsonArray("events")).isNotEmpty();
        assertProblem(http.get("/api/v1/news/khong-co-bai-nay"), 404);
        assertProblem(http.get("/api/v1/news?page=0"), 400);
    }

    @Test
    void eventsApiAnswersForADateRangeAndRefusesBadDates() {
        JsonArray events = Http.json(http.get("/api/v1/events")).asJsonArray();
        assertThat(events.size()).isGreaterThanOrEqualTo(3);
        JsonObject fair = events.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("slug").equals("hoi-cho-dua-va-ocop-vinh-long")).findFirst().orElseThrow();
        assertThat(fair.getString("place")).contains("Quảng trường Đồng Khởi");
        String day = fair.getString("startsOn");
        assertThat(Http.json(http.get("/api/v1/events?from=" + day + "&to=" + day)).asJsonArray().toString()).contains(fair.getString("slug"));
        assertThat(Http.json(http.get("/api/v1/events?from=2001-01-01&to=2001-01-31")).asJsonArray()).isEmpty();
        assertProblem(http.get("/api/v1/events?from=hom-qua"), 400);
        assertProblem(http.get("/api/v1/events?from=2026-12-10&to=2026-12-01"), 400);
    }

    @Test
    void staffNewsEndpointsNeedStaffAndExplainEveryRefusal() {
        String body = article("Kiểm thử hợp đồng API tin tức", "<p>Nội dung <em>an toàn</em>.</p>", "");
        assertProblem(http.postJson("/api/v1/staff/news", body), 401);
        assertProblem(http.postJson("/api/v1/staff/news", body, "Authorization", SHOPPER), 403);

        HttpResponse<String> created = http.postJson("/api/v1/staff/news", body, "Authorization", STAFF);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject draft = Http.json(created).asJsonObject();
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("slug")).isEqualTo("kiem-thu-hop-dong-api-tin-tuc");
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertProblem(http.get("/api/v1/news/kiem-thu-hop-dong-api-tin-tuc"), 404);

        HttpResponse<String> duplicate = http.postJson("/api/v1/staff/news", body, "Authorization", STAFF);
        assertProblem(duplicate, 409);
        assertThat(Http.json(duplicate).asJsonObject().getString("parameter")).isEqualTo("slug");

        HttpResponse<String> script = http.postJson("/api/v1/staff/news",
                article("Bài có mã độc", "<p>x</p><script>alert(1)</script><svg onload=alert(2)></svg>", ""), "Authorization", STAFF);
        assertProblem(script, 422);
        assertThat(Http.json(script).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        assertProblem(http.postJson("/api/v1/staff/news", article("<img src=x onerror=alert(1)>", "<p>x</p>", ""),
                "Authorization", STAFF), 422);
        assertProblem(http.postJson("/api/v1/staff/news", article("Dừa ".repeat(60), "<p>x</p>", ""), "Authorization", STAFF), 422);
        HttpResponse<String> notLive = http.postJson("/api/v1/staff/news", article("Bài liên kết sai", "<p>x</p>", "987654321"),
                "Authorization", STAFF);
        assertProblem(notLive, 422);
        assertThat(Http.json(notLive).asJsonObject().getString("parameter")).isEqualTo("productIds");
        assertThat(Http.json(notLive).asJsonObject().getString("detail")).contains("987654321");

        HttpResponse<String> past = http.postJson("/api/v1/staff/news/" + id + "/schedule",
                "{\"publishAt\":\"2020-01-01T08:00:00+07:00\"}", "Authorization", STAFF);
        assertProblem(past, 422);
        assertThat(Http.json(past).asJsonObject().getString("parameter")).isEqualTo("publishAt");
        assertProblem(http.postJson("/api/v1/staff/news/" + id + "/schedule", "{\"publishAt\":\"mai\"}", "Authorization", STAFF), 422);

        HttpResponse<String> updated = http.send("PUT", "/api/v1/staff/news/" + id,
                article("Kiểm thử hợp đồng API tin tức", "<p>Bản sửa.</p>", String.valueOf(productId("keo-dua-sap-ca-cao"))),
                "Authorization", STAFF);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        HttpResponse<String> published = http.post("/api/v1/staff/news/" + id + "/publish", "Authorization", STAFF);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Http.json(published).asJsonObject().getString("state")).isEqualTo("PUBLISHED");
        assertThat(Http.json(published).asJsonObject().getJsonArray("log").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("action")).containsExactly("CREATED", "UPDATED", "PUBLISHED");
        assertThat(http.get("/api/v1/news/kiem-thu-hop-dong-api-tin-tuc").statusCode()).isEqualTo(200);
        assertThat(http.get("/san-pham/keo-dua-sap-ca-cao").body()).contains("/tin-tuc/kiem-thu-hop-dong-api-tin-tuc");

        assertThat(http.post("/api/v1/staff/news/" + id + "/archive", "Authorization", STAFF).statusCode()).isEqualTo(200);
        assertProblem(http.get("/api/v1/news/kiem-thu-hop-dong-api-tin-tuc"), 404);
        assertProblem(http.post("/api/v1/staff/news/" + id + "/publish", "Authorization", STAFF), 409);
        assertProblem(http.post("/api/v1/staff/news/987654321/publish", "Authorization", STAFF), 404);
    }

    private static String event(String title, String startsOn, String endsOn, String province, String commune) {
        return "{\"title\":" + jsonString(title) + ",\"description\":\"Gian hàng OCOP của tỉnh.\",\"startsOn\":\"" + startsOn
                + "\",\"endsOn\":\"" + endsOn + "\",\"venue\":\"Nhà văn hóa tỉnh\",\"provinceCode\":\"" + province
                + "\",\"communeCode\":\"" + commune + "\"}";
    }

    @Test
    void staffEventEndpointsNeedStaffExplainEveryRefusalAndKeepALog() {
        String body = event("Kiểm thử hội chợ qua API", "2031-03-10", "2031-03-12", "vinh-long", "vinh-long.an-hoi");
        assertProblem(http.postJson("/api/v1/staff/events", body), 401);
        assertProblem(http.postJson("/api/v1/staff/events", body, "Authorization", SHOPPER), 403);

        HttpResponse<String> created = http.postJson("/api/v1/staff/events", body, "Authorization", STAFF);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject fair = Http.json(created).asJsonObject();
        long id = fair.getJsonNumber("id").longValue();
        assertThat(fair.getString("slug")).isEqualTo("kiem-thu-hoi-cho-qua-api");
        assertThat(fair.getBoolean("cancelled")).isFalse();
        assertThat(Http.json(http.get("/api/v1/events?from=2031-03-01&to=2031-03-31")).asJsonArray().toString())
                .contains("kiem-thu-hoi-cho-qua-api");

        HttpResponse<String> backwards = http.postJson("/api/v1/staff/events",
                event("Kiểm thử ngược ngày", "2031-03-12", "2031-03-10", "vinh-long", ""), "Authorization", STAFF);
        assertProblem(backwards, 422);
        assertThat(Http.json(backwards).asJsonObject().getString("parameter")).isEqualTo("endsOn");
        HttpResponse<String> nowhere = http.postJson("/api/v1/staff/events",
                event("Kiểm thử nơi lạ", "2031-03-12", "", "khong-co-tinh", ""), "Authorization", STAFF);
        assertProblem(nowhere, 422);
        assertThat(Http.json(nowhere).asJsonObject().getString("detail")).contains("khong-co-tinh");
        assertProblem(http.postJson("/api/v1/staff/events", event("", "2031-03-12", "", "vinh-long", ""), "Authorization", STAFF), 422);
        assertProblem(http.postJson("/api/v1/staff/events", event("Dừa ".repeat(60), "2031-03-12", "", "vinh-long", ""),
                "Authorization", STAFF), 422);
        assertThat(Http.json(http.get("/api/v1/staff/events", "Authorization", STAFF)).asJsonArray().toString())
                .doesNotContain("Kiểm thử ngược ngày").doesNotContain("Kiểm thử nơi lạ");

        HttpResponse<String> updated = http.send("PUT", "/api/v1/staff/events/" + id,
                event("Kiểm thử hội chợ qua API", "2031-03-11", "2031-03-14", "vinh-long", ""), "Authorization", STAFF);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.json(updated).asJsonObject().getString("endsOn")).isEqualTo("2031-03-14");
        assertProblem(http.send("PUT", "/api/v1/staff/events/987654321", body, "Authorization", STAFF), 404);

        HttpResponse<String> cancelled = http.postJson("/api/v1/staff/events/" + id + "/cancel", "{\"reason\":\"Lùi lịch\"}",
                "Authorization", STAFF);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Http.json(cancelled).asJsonObject().getBoolean("cancelled")).isTrue();
        assertThat(Http.json(cancelled).asJsonObject().getJsonArray("log").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("action")).containsExactly("CREATED", "UPDATED", "CANCELLED");
        assertThat(Http.json(http.get("/api/v1/events?from=2031-03-01&to=2031-03-31")).asJsonArray()).isEmpty();
        assertProblem(http.postJson("/api/v1/staff/events/" + id + "/cancel", "{}", "Authorization", STAFF), 409);
        assertProblem(http.send("PUT", "/api/v1/staff/events/" + id, body, "Authorization", STAFF), 409);
        assertProblem(http.postJson("/api/v1/staff/events/987654321/cancel", "{}", "Authorization", STAFF), 404);
    }

    @Test
    void newsIsSearchableWithoutDiacriticsOnTheApiAndTheSearchPage() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonArray items = JsonValue.EMPTY_JSON_ARRAY;
        while (items.isEmpty() && System.nanoTime() < deadline) {
            items = Http.json(http.get("/api/v1/news?q=" + q("hoi cho dua"))).asJsonObject().getJsonArray("items");
            if (items.isEmpty()) {
                sleep(250);
            }
        }
        assertThat(items).isNotEmpty();
        assertThat(items.getJsonObject(0).getString("title")).contains("Hội chợ Dừa");
        assertThat(http.get("/tim-kiem?q=" + q("hoi cho dua")).body()).contains("id=\"news-results\"").contains("/tin-tuc/" + DEMO_ARTICLE);
    }

    @Test
    void atomFeedParsesAndTheSitemapListsArticles() throws Exception {
        HttpResponse<String> feed = http.get("/tin-tuc/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document atom = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isGreaterThanOrEqualTo(9);
        assertThat(http.get("/sitemap.xml").body()).contains("/tin-tuc/" + DEMO_ARTICLE).contains("/su-kien");
    }

    @Test
    void productAndProducerPagesLinkTheNewsAboutThem() {
        assertThat(http.get("/san-pham/buoi-da-xanh").body()).contains("in-the-news").contains("/tin-tuc/buoi-da-xanh-cho-lach-vao-mua-nha-vuon-mo-cua-don-khach");
        assertThat(http.get("/nha-san-xuat/cong-ty-keo-dua-an-hoi").body()).contains("in-the-news").contains("/tin-tuc/" + DEMO_ARTICLE);
        String calendar = http.get("/su-kien").body();
        assertThat(calendar).contains("id=\"calendar\"").contains("Hội chợ Dừa và sản phẩm OCOP tỉnh Vĩnh Long");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = Http.json(response).asJsonObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.apache").doesNotContain("at vn.");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
