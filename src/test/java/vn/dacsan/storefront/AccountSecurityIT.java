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

/**
 * Logins as people meet them, on Payara Micro with the demo accounts: the login page, session
 * id renewal, logout, lockout after five wrong passwords, the seller and staff areas, each
 * account's own notifications and their emails, and the HTTP Basic door to the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

    private static final String PASSWORD = "demo12345";
    private static final String STAFF = "canbo@demo.dacsan.vn";
    private static final String BUSINESS = "keodua@demo.dacsan.vn";
    private static final String SHOPPER = "khach@demo.dacsan.vn";
    private static final String SECOND_BUSINESS = "choimyan@demo.dacsan.vn";

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
        assertThat(forged.statusCode()).as("a postback with a view state this session never had").isNotEqualTo(302);
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
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
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
        shopper.logIn(SHOPPER, PASSWORD);
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
        long staffNotice = Http.json(http.get("/api/v1/me/notifications", "Authorization", staffLogin)).asJsonObject()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> foreign = http.post("/api/v1/me/notifications/" + staffNotice + "/read", "Authorization", businessLogin);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(business.post("/thong-bao/da-doc", Map.of("id", String.valueOf(staffNotice))).statusCode()).isEqualTo(404);
        JsonObject staffList = Http.json(http.get("/api/v1/me/notifications", "Authorization", staffLogin)).asJsonObject();
        assertThat(staffList.getInt("unread")).as("still unread for its owner").isEqualTo(1);
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
