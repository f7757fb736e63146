package vn.dacsan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dacsan.platform.text.Vnd;

/**
 * Logins as people meet them, on Payara Micro with the demo accounts: the login page, session
 * id renewal, logout, lockout after five wrong passwords, the seller and staff areas, each
 * account's own notifications and their emails, the HTTP Basic door to the API, business
 * onboarding (register, then staff verify or reject), and the cart a visitor fills before logging in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

    private static final String PASSWORD = "demo12345";
    private static final String STAFF = "canbo@demo.dacsan.vn";
    private static final String BUSINESS = "keodua@demo.dacsan.vn";
    private static final String SHOPPER = "khach@demo.dacsan.vn";
    private static final String SECOND_BUSINESS = "choimyan@demo.dacsan.vn";
    private static final String PENDING_BUSINESS = "moi@demo.dacsan.vn";
    private static final String NEW_PASSWORD = "keo-chuoi-ngon-2025";

    // the deployment's mail server: demo notifications are emailed here
    private static GreenMail mailServer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        return MarketplaceDeployment.create(Map.of(
                "dacsan.mail.host", "127.0.0.1",
                "dacsan.mail.port", String.valueOf(mailServer.getSmtp().getPort()),
                "dacsan.mail.interval-ms", "500"));
    }

    @AfterAll
    static void stopMailServer() {
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    @ArquillianResource
    URL base;

    @Test
    void theLoginPageCreatesNoSessionUntilItIsPosted() {
        Visitor visitor = new Visitor();
        HttpResponse<String> page = visitor.get("/dang-nhap");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng nhập").contains("name=\"email\"").contains("name=\"password\"");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(visitor.get("/dang-nhap?lang=en").body()).contains("Log in").contains("Password");
    }

    @Test
    void staffRebuildTheSearchIndexAndWatchItsProgress() {
        Visitor staff = new Visitor();
        staff.logIn(STAFF, PASSWORD);
        String page = staff.get("/quan-ly/").body();
        assertThat(page).contains("Chỉ mục tìm kiếm").contains("sản phẩm đang bán trong cơ sở dữ liệu");
        Matcher state = Visitor.VIEW_STATE.matcher(page);
        Matcher action = Pattern.compile("<form id=\"reindex\"[^>]*?action=\"([^\"]*)\"").matcher(page);
        assertThat(state.find()).isTrue();
        assertThat(action.find()).isTrue();
        HttpResponse<String> forged = staff.post(action.group(1).replace("&amp;", "&"), Map.of(
                "reindex", "reindex", "reindex:rebuild", "rebuild", "jakarta.faces.ViewState", "-1234567890:987654321"));
        assertThat(forged.statusCode()).as("a postback with a view state this session never had").isEqualTo(400);
        assertThat(forged.body()).contains("Trang đã hết hạn");
        HttpResponse<String> started = staff.post(action.group(1).replace("&amp;", "&"), Map.of(
                "reindex", "reindex", "reindex:rebuild", "rebuild", "jakarta.faces.ViewState", state.group(1)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location")).get().asString().contains("/quan-ly/");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status;
        do {
            status = staff.get("/quan-ly/").body();
        } while (!status.contains("Đã xây dựng lại xong") && System.nanoTime() < deadline);
        assertThat(status).contains("Đã xây dựng lại xong");

        Visitor seller = new Visitor();
        seller.logIn(BUSINESS, PASSWORD);
        assertThat(seller.post(action.group(1).replace("&amp;", "&"), Map.of("reindex", "reindex")).statusCode())
                .as("only staff may rebuild the index").isEqualTo(403);
    }

    @Test
    void staffCompareTheIndexWithTheDatabase() {
        Visitor staff = new Visitor();
        staff.logIn(STAFF, PASSWORD);
        String page = staff.get("/quan-ly/").body();
        assertThat(page).contains("Đối chiếu chỉ mục với cơ sở dữ liệu");
        Matcher action = Pattern.compile("<form id=\"reconcile\"[^>]*?action=\"([^\"]*)\"").matcher(page);
        assertThat(action.find()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String report;
        do {
            Matcher state = Visitor.VIEW_STATE.matcher(staff.get("/quan-ly/").body());
            assertThat(state.find()).isTrue();
            HttpResponse<String> checked = staff.post(action.group(1).replace("&amp;", "&"), Map.of(
                    "reconcile", "reconcile", "reconcile:check", "check", "jakarta.faces.ViewState", state.group(1)));
            assertThat(checked.statusCode()).as(checked.body()).isEqualTo(302);
            report = staff.get("/quan-ly/").body();
        } while (!report.contains("Khớp:") && System.nanoTime() < deadline);
        assertThat(report).as("the index converges on the demo catalogue").contains("Khớp:").contains("data-consistent=\"true\"");

        Visitor seller = new Visitor();
        seller.logIn(BUSINESS, PASSWORD);
        assertThat(seller.post(action.group(1).replace("&amp;", "&"), Map.of("reconcile", "reconcile")).statusCode())
                .as("only staff may compare or repair the index").isEqualTo(403);
    }

    @Test
    void staffLogInSeeTheirAreaAndLogOut() {
        Visitor staff = new Visitor();
        HttpResponse<String> login = staff.logIn(STAFF, PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/quan-ly/");
        assertThat(staff.sessionId()).isPresent();

        HttpResponse<String> area = staff.get("/quan-ly/");
        assertThat(area.statusCode()).isEqualTo(200);
        assertThat(area.body()).contains("Xin chào, Trần Thị Thu Hà").contains("Cán bộ Sở Công Thương");

        assertThat(staff.get("/dang-xuat").statusCode()).as("logout is never a GET").isEqualTo(405);
        assertThat(staff.get("/quan-ly/").statusCode()).isEqualTo(200);
        HttpResponse<String> logout = staff.post("/dang-xuat", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);

        HttpResponse<String> after = staff.get("/quan-ly/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).get().asString().contains("/dang-nhap");
    }

    @Test
    void theSessionIdChangesOnLoginAndTheOldOneStopsWorking() {
        Visitor visitor = new Visitor();
        visitor.logIn(SHOPPER, PASSWORD);
        String before = visitor.sessionId().orElseThrow();

        HttpResponse<String> login = visitor.logIn(BUSINESS, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        // the session cookie itself; JSESSIONIDVERSION (a replicated session's version, no secret) is Payara's own
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(login.headers().allValues("Content-Security-Policy")).as("one policy, not two enforced together").hasSize(1);
        assertThat(login.headers().allValues("Content-Security-Policy")).anySatisfy(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'self'").contains("form-action 'self'"));
        String after = visitor.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(visitor.get("/ban-hang/").body()).contains("Xin chào, Lê Thị Ngọc Hân");

        Visitor withOldId = new Visitor();
        withOldId.setSessionId(before);
        assertThat(withOldId.get("/ban-hang/").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndNoSession() {
        Visitor visitor = new Visitor();
        HttpResponse<String> refused = visitor.logIn(SHOPPER, "not-the-password");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Email hoặc mật khẩu không đúng").contains("role=\"alert\"");
        assertThat(visitor.sessionId()).isEmpty();
        assertThat(visitor.logIn("nobody@demo.dacsan.vn", PASSWORD).body()).contains("Email hoặc mật khẩu không đúng");
        assertThat(visitor.logIn(SHOPPER, PASSWORD).statusCode()).as("a later success").isEqualTo(302);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndSaySoForHowLong() {
        Visitor visitor = new Visitor();
        for (int i = 1; i <= 4; i++) {
            assertThat(visitor.logIn(SECOND_BUSINESS, "wrong-" + i).body()).contains("Email hoặc mật khẩu không đúng");
        }
        assertThat(visitor.logIn(SECOND_BUSINESS, "wrong-5").body()).contains("tạm bị khóa");

        HttpResponse<String> sixth = visitor.logIn(SECOND_BUSINESS, PASSWORD);
        assertThat(sixth.statusCode()).isEqualTo(200);
        assertThat(sixth.body()).contains("tạm bị khóa").contains("15 phút");
        assertThat(visitor.sessionId()).isEmpty();
        assertThat(visitor.get("/api/v1/me", "Authorization", basic(SECOND_BUSINESS, PASSWORD)).statusCode())
                .as("the API refuses a locked account too").isEqualTo(401);
        assertThat(visitor.logIn(SECOND_BUSINESS, PASSWORD, "?lang=en").body()).contains("locked").contains("15 minutes");
    }

    @Test
    void protectedAreasRedirectAnonymousVisitorsAndForbidOtherRoles() {
        Visitor anonymous = new Visitor();
        HttpResponse<String> redirected = anonymous.get("/ban-hang/");
        assertThat(redirected.statusCode()).isEqualTo(302);
        assertThat(redirected.headers().firstValue("Location")).get().asString().contains("/dang-nhap?next=%2Fban-hang%2F");
        assertThat(redirected.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(anonymous.get("/quan-ly/").statusCode()).isEqualTo(302);

        Visitor shopper = new Visitor();
        HttpResponse<String> shopperHome = shopper.logIn(SHOPPER, PASSWORD);
        assertThat(shopperHome.headers().firstValue("Location")).get().asString().endsWith("/don-hang-cua-toi");
        assertThat(shopper.get("/don-hang-cua-toi").body()).contains("Đơn hàng của tôi");
        assertThat(anonymous.get("/don-hang-cua-toi").statusCode()).as("own orders need a login").isEqualTo(302);
        HttpResponse<String> forbidden = shopper.get("/ban-hang/");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Không có quyền truy cập").doesNotContain("Exception");
        assertThat(shopper.get("/quan-ly/").statusCode()).isEqualTo(403);

        Visitor business = new Visitor();
        business.logIn(BUSINESS, PASSWORD);
        assertThat(business.get("/quan-ly/").statusCode()).isEqualTo(403);
    }

    @Test
    void loginGoesBackToTheAskedPageButNeverOffSite() {
        Visitor business = new Visitor();
        HttpResponse<String> login = business.logIn(BUSINESS, PASSWORD, "?next=" + URLEncoder.encode("/ban-hang/", StandardCharsets.UTF_8));
        assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/ban-hang/");
        HttpResponse<String> area = business.get("/ban-hang/");
        assertThat(area.statusCode()).isEqualTo(200);
        assertThat(area.body()).contains("Xin chào, Lê Thị Ngọc Hân").contains("Doanh nghiệp");

        Visitor other = new Visitor();
        HttpResponse<String> offSite = other.logIn(BUSINESS, PASSWORD, "?next=" + URLEncoder.encode("//evil.example/", StandardCharsets.UTF_8));
        assertThat(offSite.headers().firstValue("Location")).get().asString().doesNotContain("evil").endsWith("/ban-hang/");
    }

    @Test
    void meAnswersWithBasicAuthAndA401ProblemWithout() {
        Http http = new Http(base);
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", basic(BUSINESS.toUpperCase(), PASSWORD));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonObject account = Http.json(me).asJsonObject();
        assertThat(account.getString("email")).isEqualTo(BUSINESS);
        assertThat(account.getString("displayName")).isEqualTo("Lê Thị Ngọc Hân");
        assertThat(account.getString("role")).isEqualTo("BUSINESS");
        assertThat(account.getJsonNumber("producerId").longValue()).isPositive();
        assertThat(me.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        JsonObject staff = Http.json(http.get("/api/v1/me", "Authorization", basic(STAFF, PASSWORD))).asJsonObject();
        assertThat(staff.getString("role")).isEqualTo("STAFF");
        assertThat(staff.isNull("producerId")).isTrue();

        for (HttpResponse<String> refused : new HttpResponse[] {
                http.get("/api/v1/me"),
                http.get("/api/v1/me", "Authorization", basic(SHOPPER, "wrong")),
                http.get("/api/v1/me", "Authorization", "Basic %%%not-base64"),
                http.get("/api/v1/me", "Authorization", "Bearer something")}) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
            JsonObject problem = Http.json(refused).asJsonObject();
            assertThat(problem.getInt("status")).isEqualTo(401);
            assertThat(problem.getString("title")).isEqualTo("Unauthorized");
            assertThat(problem.keySet()).contains("type", "detail");
        }
        assertThat(http.get("/api/v1/products?size=1").statusCode()).as("public API needs no login").isEqualTo(200);
    }

    @Test
    void notificationsShowOnTheirPageAndNoAccountReachesAnothersOne() {
        assertThat(new Visitor().get("/thong-bao").headers().firstValue("Location")).get().asString()
                .contains("/dang-nhap?next=%2Fthong-bao");

        Visitor business = new Visitor();
        business.logIn(BUSINESS, PASSWORD);
        String page = business.get("/thong-bao").body();
        assertThat(page).contains("<h1 id=\"notifications-heading\">Thông báo</h1>")
                .contains("Hồ sơ Công ty TNHH Kẹo dừa An Hội đã được xác minh").contains("Chưa đọc")
                .contains("1 thông báo, 1 chưa đọc")
                .containsPattern("id=\"notifications-link\"[^>]*>Thông báo <span class=\"badge\">1</span>");
        assertThat(business.get("/?lang=en").body()).contains("Notifications: 1 unread");

        Http http = new Http(base);
        String staffLogin = basic(STAFF, PASSWORD);
        String businessLogin = basic(BUSINESS, PASSWORD);
        JsonObject staffBefore = Http.json(http.get("/api/v1/me/notifications", "Authorization", staffLogin)).asJsonObject();
        long staffNotice = staffBefore.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> foreign = http.post("/api/v1/me/notifications/" + staffNotice + "/read", "Authorization", businessLogin);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(business.post("/thong-bao/da-doc", Map.of("id", String.valueOf(staffNotice))).statusCode()).isEqualTo(404);
        JsonObject staffList = Http.json(http.get("/api/v1/me/notifications", "Authorization", staffLogin)).asJsonObject();
        assertThat(staffList.getInt("unread")).as("still unread for its owner").isEqualTo(staffBefore.getInt("unread"));
        assertThat(http.get("/api/v1/me/notifications?size=1000", "Authorization", businessLogin).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/me/notifications").statusCode()).isEqualTo(401);

        JsonObject own = Http.json(http.get("/api/v1/me/notifications", "Authorization", businessLogin)).asJsonObject();
        assertThat(own.getInt("total")).isEqualTo(1);
        JsonObject notice = own.getJsonArray("items").getJsonObject(0);
        assertThat(notice.getString("kind")).isEqualTo("PRODUCER_VERIFIED");
        assertThat(notice.getBoolean("read")).isFalse();
        assertThat(business.get("/thong-bao/da-doc").statusCode()).as("reading is never a GET").isEqualTo(405);
        assertThat(business.post("/thong-bao/da-doc", Map.of("id", "abc")).statusCode()).isEqualTo(400);
        assertThat(http.post("/api/v1/me/notifications/abc/read", "Authorization", businessLogin).statusCode()).isEqualTo(404);
        HttpResponse<String> opened = business.post("/thong-bao/da-doc",
                Map.of("id", String.valueOf(notice.getJsonNumber("id").longValue()), "open", "1"));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location")).get().asString().endsWith(notice.getString("link"));
        assertThat(business.get("/thong-bao?lang=vi").body()).contains("1 thông báo, 0 chưa đọc").doesNotContain("class=\"badge\">1<");
        assertThat(Http.json(http.post("/api/v1/me/notifications/" + notice.getJsonNumber("id").longValue() + "/read",
                "Authorization", businessLogin)).asJsonObject().getBoolean("read")).isTrue();
    }

    @Test
    void notificationEmailsGoOutThroughTheMailServerInUtf8() throws Exception {
        assertThat(mailServer.waitForIncomingEmail(30_000, 3)).as("the demo notifications are emailed").isTrue();
        MimeMessage toBusiness = Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> recipient(m).equals(BUSINESS)).findFirst().orElseThrow();
        assertThat(toBusiness.getSubject()).isEqualTo("Hồ sơ Công ty TNHH Kẹo dừa An Hội đã được xác minh");
        assertThat(toBusiness.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) toBusiness.getContent()).contains("Sở Công Thương đã xác minh hồ sơ")
                .contains("/nha-san-xuat/cong-ty-keo-dua-an-hoi").contains("/thong-bao");
        assertThat(Arrays.stream(mailServer.getReceivedMessages()).map(AccountSecurityIT::recipient))
                .contains(STAFF, SECOND_BUSINESS).doesNotContain(SHOPPER);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBusinessRegistersOnThePageWaitsAndSeesTheReasonWhenStaffReject() {
        Visitor applicant = new Visitor();
        HttpResponse<String> blank = applicant.get("/dang-ky-doanh-nghiep");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("Đăng ký doanh nghiệp bán hàng").contains("Vĩnh Long</option>");
        assertThat(blank.body()).as("merged provinces are not offered").doesNotContain("Bến Tre</option>");
        assertThat(blank.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        HttpResponse<String> empty = applicant.submit(blank.body(), "id=\"registration\"", Map.of(), "submit");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Hồ sơ chưa được gửi").contains("Vui lòng điền mục này.");
        assertThat(applicant.sessionId()).as("a refused registration starts no session").isEmpty();

        // without JavaScript, the province's communes come with a button; the typed values stay
        Map<String, String> form = registrationForm("Cơ sở bánh phồng Út Mới", "8461027401", "utmoi@example.vn");
        HttpResponse<String> communes = applicant.submit(blank.body(), "id=\"registration\"",
                Map.of("province", "vinh-long", "name", "Cơ sở bánh phồng Út Mới"), "show-communes");
        assertThat(communes.body()).contains("xã Giồng Trôm").contains("value=\"Cơ sở bánh phồng Út Mới\"");
        // with JavaScript, choosing the province loads its communes from the places API (no inline script: CSP)
        assertThat(blank.body()).contains("data-communes-url=").doesNotContain("onchange=");
        HttpResponse<String> places = applicant.get("/api/v1/places/can-tho/communes");
        assertThat(places.statusCode()).isEqualTo(200);
        assertThat(places.body()).contains("xã Phong Điền").doesNotContain("xã Giồng Trôm");
        assertThat(applicant.sessionId()).isEmpty();

        Map<String, String> wrongPhone = new LinkedHashMap<>(form);
        wrongPhone.put("phone", "12345");
        wrongPhone.put("licence-rows:0:licence-issued-on", "2099-01-01");
        HttpResponse<String> refused = applicant.submit(communes.body(), "id=\"registration\"", wrongPhone, "submit");
        assertThat(refused.body()).contains("Số điện thoại không hợp lệ").contains("Ngày cấp không thể ở tương lai")
                .contains("value=\"8461027401\"");

        HttpResponse<String> sent = applicant.submit(communes.body(), "id=\"registration\"", form, "submit");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(applicant.get(sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body())
                .contains("Đã gửi đăng ký").contains("chờ Sở Công Thương xác minh");
        HttpResponse<String> again = applicant.submit(communes.body(), "id=\"registration\"", form, "submit");
        assertThat(again.body()).contains("Mã số này đã được một doanh nghiệp đăng ký").contains("Email này đã có tài khoản");

        Visitor business = new Visitor();
        assertThat(business.logIn("utmoi@example.vn", NEW_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(business.get("/ban-hang/").body()).contains("Hồ sơ đang chờ xác minh");
        assertThat(business.get("/quan-ly/doanh-nghiep").statusCode()).as("not for businesses").isEqualTo(403);

        Visitor staff = new Visitor();
        staff.logIn(STAFF, PASSWORD);
        assertThat(staff.get("/quan-ly/").body()).contains("Hồ sơ doanh nghiệp chờ xác minh");
        String queue = staff.get("/quan-ly/doanh-nghiep").body();
        assertThat(queue).contains("Cơ sở kẹo chuối Năm Mới").contains("Cơ sở bánh phồng Út Mới").contains("8461027401")
                .contains("125/2025/ATTP-CNĐK").contains("utmoi@example.vn");
        assertThat(queue.indexOf("Cơ sở kẹo chuối Năm Mới")).as("oldest first").isLessThan(queue.indexOf("Cơ sở bánh phồng Út Mới"));
        String id = producerIdOf(queue, "Cơ sở bánh phồng Út Mới");

        HttpResponse<String> noReason = staff.submit(queue, "value=\"" + id + "\"", "reject-form", Map.of("reason", " "), "reject");
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Vui lòng ghi lý do từ chối");
        String reason = "Giấy chứng nhận ATTP mang tên cơ sở khác; vui lòng gửi lại bản đúng tên.";
        HttpResponse<String> rejected = staff.submit(queue, "value=\"" + id + "\"", "reject-form", Map.of("reason", reason), "reject");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(302);
        assertThat(staff.get("/quan-ly/doanh-nghiep?xong=" + id).body()).contains("Đã từ chối: Cơ sở bánh phồng Út Mới")
                .contains("bởi Trần Thị Thu Hà");
        HttpResponse<String> twice = staff.submit(queue, "value=\"" + id + "\"", "verify-form", Map.of(), "verify");
        assertThat(twice.body()).as("a stale page cannot decide twice").contains("đã được xử lý trước đó").contains("đã từ chối");

        String area = business.get("/ban-hang/").body();
        assertThat(area).contains("Hồ sơ đã bị từ chối").contains(reason);
        assertThat(business.get("/ban-hang/?lang=en").body()).contains("Your registration was rejected");
    }

    @Test
    void aBusinessRegistersThroughTheApiAndOnlyStaffDecide() {
        Http http = new Http(base);
        assertThat(http.postJson("/api/v1/businesses", "{not json").statusCode()).isEqualTo(400);

        HttpResponse<String> invalid = http.postJson("/api/v1/businesses",
                "{\"kind\": \"ENTERPRISE\", \"registrationNumber\": \"12-34\", \"phone\": \"0123\", \"licences\": []}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = Http.json(invalid).asJsonObject();
        assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("name", "registrationNumber", "phone", "commune", "accountEmail", "password", "licences");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();

        String json = """
                {"kind": "COOPERATIVE", "name": "HTX Bưởi Da Xanh Mới", "registrationNumber": "1301999888",
                 "legalRepresentative": "Trần Văn Bưởi", "street": "ấp 3", "province": "vinh-long",
                 "commune": "vinh-long.cho-lach", "phone": "0918 000 111", "accountEmail": "buoi@example.vn",
                 "displayName": "Trần Văn Bưởi", "password": "%s", "passwordRepeat": "%s",
                 "licences": [{"kind": "FOOD_SAFETY", "number": "88/2025/ATTP", "issuedOn": "2025-02-01",
                               "issuer": "Sở Y tế tỉnh Vĩnh Long"}]}""".formatted(NEW_PASSWORD, NEW_PASSWORD);
        HttpResponse<String> created = http.postJson("/api/v1/businesses", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject business = Http.json(created).asJsonObject();
        assertThat(business.getString("status")).isEqualTo("PENDING");
        long id = business.getJsonNumber("producerId").longValue();

        HttpResponse<String> duplicate = http.postJson("/api/v1/businesses", json);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(Http.json(duplicate).asJsonObject().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("code"))).containsExactlyInAnyOrder("registrationNumber.taken", "accountEmail.taken");

        String newLogin = basic("buoi@example.vn", NEW_PASSWORD);
        assertThat(Http.json(http.get("/api/v1/me", "Authorization", newLogin)).asJsonObject().getString("role")).isEqualTo("BUSINESS");
        String verify = "/api/v1/staff/businesses/" + id + "/verify";
        assertThat(http.post(verify).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(http.post(verify, "Authorization", newLogin).statusCode()).as("the business itself").isEqualTo(403);
        assertThat(http.post(verify, "Authorization", basic(SHOPPER, PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/staff/businesses", "Authorization", basic(BUSINESS, PASSWORD)).statusCode()).isEqualTo(403);

        String staff = basic(STAFF, PASSWORD);
        HttpResponse<String> queue = http.get("/api/v1/staff/businesses", "Authorization", staff);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(Http.json(queue).asJsonArray().stream().map(b -> b.asJsonObject().getJsonNumber("id").longValue())).contains(id);

        HttpResponse<String> verified = http.post(verify, "Authorization", staff);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Http.json(verified).asJsonObject().getString("decision")).isEqualTo("VERIFIED");
        assertThat(Http.json(verified).asJsonObject().getString("decidedBy")).isEqualTo("Trần Thị Thu Hà");
        assertThat(http.post(verify, "Authorization", staff).statusCode()).as("already decided").isEqualTo(409);
        assertThat(http.postJson("/api/v1/staff/businesses/" + id + "/reject", "{\"reason\": \"muộn\"}", "Authorization", staff)
                .statusCode()).isEqualTo(409);
        assertThat(http.post("/api/v1/staff/businesses/999999999/verify", "Authorization", staff).statusCode()).isEqualTo(404);

        Visitor seller = new Visitor();
        seller.logIn("buoi@example.vn", NEW_PASSWORD);
        assertThat(seller.get("/ban-hang/").body()).doesNotContain("business-standing");
    }

    /** The registration form as a browser sends it, with one food-safety licence. */
    private static Map<String, String> registrationForm(String name, String taxCode, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "HOUSEHOLD");
        form.put("name", name);
        form.put("registrationNumber", taxCode);
        form.put("legalRepresentative", "Lê Thị Út");
        form.put("phone", "0912 345 678");
        form.put("email", "");
        form.put("street", "ấp Sơn Đốc");
        form.put("province", "vinh-long");
        form.put("commune", "vinh-long.giong-trom");
        form.put("licence-rows:0:licence-kind", "FOOD_SAFETY");
        form.put("licence-rows:0:licence-number", "125/2025/ATTP-CNĐK");
        form.put("licence-rows:0:licence-issued-on", "2025-03-14");
        form.put("licence-rows:0:licence-issuer", "Sở Công Thương tỉnh Vĩnh Long");
        form.put("licence-rows:0:licence-valid-until", "");
        form.put("accountEmail", email);
        form.put("displayName", "Lê Thị Út");
        form.put("password", NEW_PASSWORD);
        form.put("passwordRepeat", NEW_PASSWORD);
        return form;
    }

    /** The producer id in the decision forms of the business with this name on the staff page. */
    private static String producerIdOf(String page, String name) {
        Matcher article = Pattern.compile("<article[^>]*id=\"business-(\\d+)\"[^>]*>\\s*<h3[^>]*>" + Pattern.quote(name)).matcher(page);
        assertThat(article.find()).as("%s in the queue", name).isTrue();
        return article.group(1);
    }

    @Test
    void aVisitorsCartStartsTheSessionAndMovesIntoTheAccountCartOnLogin() {
        Http http = new Http(base);
        JsonObject durian = Http.json(http.get("/api/v1/products/sau-rieng-say-thang-hoa")).asJsonObject();
        JsonObject coffeeCandy = Http.json(http.get("/api/v1/products/keo-dua-ca-phe")).asJsonObject();
        String durianId = String.valueOf(durian.getJsonNumber("id").longValue());
        String candyId = String.valueOf(coffeeCandy.getJsonNumber("id").longValue());
        long durianPrice = durian.getJsonNumber("priceVnd").longValue();
        int durianStock = durian.getInt("stock");
        long candyPrice = coffeeCandy.getJsonNumber("priceVnd").longValue();
        Visitor visitor = new Visitor();

        assertThat(visitor.get("/san-pham/sau-rieng-say-thang-hoa").body()).contains("id=\"add-to-cart\"");
        assertThat(visitor.get("/gio-hang").body()).contains("id=\"cart-empty\"");
        assertThat(visitor.sessionId()).as("looking at the product and the empty cart starts no session").isEmpty();

        HttpResponse<String> added = visitor.post("/gio-hang/them",
                Map.of("productId", durianId, "slug", "sau-rieng-say-thang-hoa", "quantity", "2"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).get().asString().endsWith("/san-pham/sau-rieng-say-thang-hoa");
        assertThat(visitor.sessionId()).as("the first add starts the session").isPresent();
        String back = visitor.get("/san-pham/sau-rieng-say-thang-hoa").body();
        assertThat(back).contains("Đã thêm 2").contains("id=\"cart-count\">2<").contains("id=\"view-cart\"");
        assertThat(visitor.get("/san-pham/sau-rieng-say-thang-hoa").body()).as("the message shows once").doesNotContain("Đã thêm 2");

        visitor.post("/gio-hang/them", Map.of("productId", durianId, "slug", "sau-rieng-say-thang-hoa", "quantity", "100"));
        assertThat(visitor.get("/san-pham/sau-rieng-say-thang-hoa").body())
                .contains("trong kho chỉ còn " + durianStock).contains("id=\"cart-count\">" + durianStock + "<");
        visitor.post("/gio-hang/them", Map.of("productId", candyId, "slug", "keo-dua-ca-phe", "quantity", "3"));
        visitor.post("/gio-hang/them", Map.of("productId", candyId, "quantity", "0"));

        String cart = visitor.get("/gio-hang").body();
        assertThat(cart).contains("Sầu riêng sấy thăng hoa").contains("Kẹo dừa cà phê")
                .contains(durian.getJsonObject("producer").getString("name")).contains(coffeeCandy.getJsonObject("producer").getString("name"))
                .contains("Số lượng phải từ 1 đến 999")
                .contains("id=\"cart-total\">" + Vnd.format(durianStock * durianPrice + 3 * candyPrice) + "<")
                .contains("href=\"/dat-hang\"");
        assertThat(cart.split("class=\"cart-group\"", -1)).as("one group per producer").hasSize(3);

        assertThat(http.post("/gio-hang/them", "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(http.get("/gio-hang/them").statusCode()).isEqualTo(405);

        // the producer raises the candy's price while it sits in the cart
        String seller = basic(BUSINESS, PASSWORD);
        JsonObject listing = Http.json(http.get("/api/v1/seller/products/" + candyId, "Authorization", seller)).asJsonObject();
        String repriced = jakarta.json.Json.createObjectBuilder(listing.getJsonObject("live"))
                .add("priceVnd", candyPrice + 4_000).add("stock", listing.getInt("stock")).build().toString();
        HttpResponse<String> put = http.send("PUT", "/api/v1/seller/products/" + candyId, repriced, "Authorization", seller);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        assertThat(visitor.logIn(SHOPPER, PASSWORD).statusCode()).isEqualTo(302);
        String merged = visitor.get("/gio-hang").body();
        assertThat(merged).contains("Đã chuyển 2 sản phẩm").contains("id=\"price-change-" + candyId + "\"")
                .contains(Vnd.format(candyPrice)).contains("+" + Vnd.format(4_000))
                .contains("id=\"cart-total\">" + Vnd.format(durianStock * durianPrice + 3 * (candyPrice + 4_000)) + "<");

        // the cart is the account's now: another device sees it after logging in
        Visitor otherDevice = new Visitor();
        otherDevice.logIn(SHOPPER, PASSWORD);
        assertThat(otherDevice.get("/gio-hang").body()).contains("Sầu riêng sấy thăng hoa").contains("id=\"cart-count\">" + (durianStock + 3) + "<");
        otherDevice.post("/gio-hang/nhan-gia-moi", Map.of());
        otherDevice.post("/gio-hang/xoa", Map.of("productId", durianId));
        assertThat(visitor.get("/gio-hang").body()).doesNotContain("Sầu riêng sấy thăng hoa").doesNotContain("price-change-");
        otherDevice.post("/gio-hang/xoa", Map.of("productId", candyId));
        assertThat(visitor.get("/gio-hang").body()).contains("id=\"cart-empty\"");
    }

    @Test
    void theCartApiKeepsTheLoggedInAccountsCart() {
        Http http = new Http(base);
        String staff = basic(STAFF, PASSWORD);
        long honey = Http.json(http.get("/api/v1/products/mat-ong-hoa-dua")).asJsonObject().getJsonNumber("id").longValue();
        long outOfStock = Http.json(http.get("/api/v1/products/keo-dua-sua")).asJsonObject().getJsonNumber("id").longValue();
        assertThat(http.get("/api/v1/cart").statusCode()).isEqualTo(401);

        HttpResponse<String> added = http.postJson("/api/v1/cart/items", "{\"productId\":" + honey + ",\"quantity\":998}",
                "Authorization", staff);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonObject change = Http.json(added).asJsonObject().getJsonObject("change");
        assertThat(change.getString("limit")).isEqualTo("STOCK");
        assertThat(change.getInt("requested")).isEqualTo(998);
        assertThat(change.getInt("quantity")).isLessThan(998);

        HttpResponse<String> changed = http.send("PUT", "/api/v1/cart/items/" + honey, "{\"quantity\":2}", "Authorization", staff);
        JsonObject cart = Http.json(changed).asJsonObject().getJsonObject("cart");
        assertThat(cart.getJsonArray("groups")).hasSize(1);
        assertThat(cart.getInt("itemCount")).isEqualTo(2);
        assertThat(Http.json(http.get("/api/v1/cart", "Authorization", staff)).asJsonObject().getJsonNumber("totalVnd").longValue())
                .isEqualTo(cart.getJsonNumber("totalVnd").longValue()).isPositive();

        HttpResponse<String> zero = http.send("PUT", "/api/v1/cart/items/" + honey, "{\"quantity\":0}", "Authorization", staff);
        assertThat(zero.statusCode()).isEqualTo(422);
        assertThat(Http.json(zero).asJsonObject().getString("parameter")).isEqualTo("quantity");
        assertThat(http.postJson("/api/v1/cart/items", "{\"productId\":" + outOfStock + ",\"quantity\":1}", "Authorization", staff)
                .statusCode()).isEqualTo(409);
        assertThat(http.postJson("/api/v1/cart/items", "{\"quantity\":1}", "Authorization", staff).statusCode()).isEqualTo(400);
        assertThat(http.send("DELETE", "/api/v1/cart/items/" + honey, null, "Authorization", staff).statusCode()).isEqualTo(200);
        assertThat(http.send("DELETE", "/api/v1/cart/items/" + honey, null, "Authorization", staff).statusCode()).isEqualTo(404);
        assertThat(Http.json(http.get("/api/v1/cart", "Authorization", staff)).asJsonObject().getJsonArray("groups")).isEmpty();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One browser-like visitor: keeps cookies, does not follow redirects. */
    private final class Visitor {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*?value=\"([^\"]*)\"");
        private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"login\"[^>]*?action=\"([^\"]*)\"");

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        private final String root = base.toString().replaceAll("/$", "");

        HttpResponse<String> get(String path, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return send(request.build());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        HttpResponse<String> logIn(String email, String password) {
            return logIn(email, password, "");
        }

        /** Opens the login page (with this query) and submits its form as a browser would. */
        HttpResponse<String> logIn(String email, String password, String query) {
            String page = get("/dang-nhap" + query).body();
            Matcher state = VIEW_STATE.matcher(page);
            Matcher action = FORM_ACTION.matcher(page);
            assertThat(state.find()).as("the login form has a view state").isTrue();
            assertThat(action.find()).as("the login form").isTrue();
            String target = action.group(1).replace("&amp;", "&");
            assertThat(target).startsWith("/dang-nhap");
            Matcher next = Pattern.compile("name=\"next\"[^>]*?value=\"([^\"]*)\"").matcher(page);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("email", email);
            form.put("password", password);
            form.put("next", next.find() ? next.group(1).replace("&amp;", "&") : "");
            form.put("submit", "Đăng nhập");
            form.put("jakarta.faces.ViewState", state.group(1));
            return post(target, form);
        }

        /** Submits the form whose markup contains {@code marker}, as a browser would with this button. */
        HttpResponse<String> submit(String page, String marker, Map<String, String> fields, String button) {
            return submit(page, marker, marker, fields, button);
        }

        /** Submits the form that contains both markers (e.g. a producer id and "reject-form"). */
        HttpResponse<String> submit(String page, String marker, String otherMarker, Map<String, String> fields, String button) {
            String form = Pattern.compile("<form ").splitAsStream(page)
                    .filter(f -> f.contains(marker) && f.contains(otherMarker)).findFirst()
                    .orElseThrow(() -> new AssertionError("no form with " + marker + " and " + otherMarker));
            Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(form);
            assertThat(action.find()).isTrue();
            Map<String, String> posted = new LinkedHashMap<>();
            Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\"[^>]*?value=\"([^\"]*)\"").matcher(form);
            while (hidden.find()) {
                posted.put(hidden.group(1), hidden.group(2));
            }
            posted.putAll(fields);
            if (button != null) {
                Matcher buttonName = Pattern.compile("name=\"([^\"]*" + Pattern.quote(button) + ")\"").matcher(form);
                assertThat(buttonName.find()).as("button %s", button).isTrue();
                posted.put(buttonName.group(1), button);
            }
            return post(action.group(1).replace("&amp;", "&"), posted);
        }

        Optional<String> sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
        }

        void setSessionId(String id) {
            HttpCookie cookie = new HttpCookie("JSESSIONID", id);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create(root + "/"), cookie);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("Request failed: " + request.uri(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
