package vn.dacsan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shopper in Chromium: types "keo dua" (autocomplete opens), searches, picks a facet,
 * opens a product and puts it in the cart; a business fills in its registration (the province choice brings its
 * communes) and staff open the verification queue; the pages pass an axe-core scan and stay
 * usable at a 375 px phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MarketplaceDeployment.create().addClasses(NewsProbeApi.class, NewsProbeApi.Resource.class);
    }

    @ArquillianResource
    URL base;

    private static ChromeDriver driver;

    @BeforeAll
    static void openBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return root + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private void awaitCatalogue() {
        waiting().withTimeout(Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.get(url("/tim-kiem?q=keo+dua"));
            return !d.findElements(By.cssSelector(".cards .card")).isEmpty();
        });
    }

    @Test
    void shopperSearchesWithoutDiacriticsFiltersAndOpensAProduct() {
        Browser.resize(driver, 1280, 900);
        awaitCatalogue();
        driver.get(url("/"));
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("keo dua");
        WebElement suggestions = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("q-suggestions")));
        assertThat(suggestions.findElements(By.cssSelector("li[role=option]"))).isNotEmpty()
                .allSatisfy(option -> assertThat(option.getText()).startsWith("Kẹo dừa"));
        box.sendKeys(Keys.ENTER);

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.results-heading")));
        assertThat(driver.getCurrentUrl()).contains("/tim-kiem?q=keo+dua");
        List<WebElement> titles = driver.findElements(By.cssSelector(".cards .card-title"));
        assertThat(titles).isNotEmpty();
        assertThat(titles.get(0).getText()).startsWith("Kẹo dừa");
        Browser.screenshot(driver, "search-keo-dua");

        WebElement starFacet = driver.findElement(By.cssSelector("[data-facet=stars] a"));
        String facetLabel = starFacet.getText();
        starFacet.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-facet=stars] a.selected")));
        assertThat(driver.getCurrentUrl()).contains("stars=");
        assertThat(driver.findElement(By.cssSelector("[data-facet=stars] a.selected")).getText()).isEqualTo(facetLabel);
        List<WebElement> badges = driver.findElements(By.cssSelector(".cards .badge"));
        assertThat(badges).isNotEmpty().hasSameSizeAs(driver.findElements(By.cssSelector(".cards .card")));

        String productName = driver.findElement(By.cssSelector(".cards .card-title")).getText();
        driver.findElement(By.cssSelector(".cards .card-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("product-name")));
        assertThat(driver.getCurrentUrl()).contains("/san-pham/");
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo(productName);
        assertThat(driver.findElement(By.id("price")).getText()).contains("₫");
        assertThat(driver.findElement(By.id("certificate")).getText()).contains("OCOP");
        assertThat(driver.findElement(By.id("producer-link")).getAttribute("href")).contains("/nha-san-xuat/");
        assertThat(Files.exists(Browser.screenshot(driver, "product-page"))).isTrue();
    }

    /** Classic payloads; each would set window.__xss (or raise an alert) if any of it ran. */
    private static final String XSS_PAYLOADS = "<p>Chữ an toàn vẫn hiện.</p>"
            + "<script>window.__xss = 1; alert(1)</script>"
            + "<img src=\"/media/demo/keo-dua-sap-ca-cao.svg\" onerror=\"window.__xss = 2\" onload=\"window.__xss = 2\">"
            + "<img src=x onerror=\"window.__xss = 3\">"
            + "<a href=\"javascript:window.__xss = 4\">liên kết</a>"
            + "<svg onload=\"window.__xss = 5\"><circle r=\"1\"/></svg>"
            + "<p style=\"background:url(javascript:window.__xss = 6); width: expression(window.__xss = 6)\">kiểu</p>"
            + "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">dữ liệu</a>"
            + "<iframe src=\"javascript:window.top.__xss = 7\"></iframe>"
            + "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss = 8\"></style></mglyph></table></mtext></math>"
            + "<details open ontoggle=\"window.__xss = 9\">chi tiết</details>";

    @Test
    void aReaderOpensAnArticleAndFollowsALinkedProductToItsPage() {
        Browser.resize(driver, 1280, 900);
        awaitCatalogue();
        driver.get(url("/"));
        driver.findElement(By.id("nav-news")).click();
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#news-list a[href$='/tin-tuc/" + StorefrontApiIT.DEMO_ARTICLE + "']")));
        link.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
        assertThat(driver.findElement(By.id("article-title")).getText()).contains("Hội chợ Dừa");
        assertThat(driver.findElement(By.id("article-body")).findElements(By.tagName("strong"))).isNotEmpty();
        List<WebElement> cards = driver.findElements(By.cssSelector("#article-product-cards .card-title"));
        assertThat(cards).isNotEmpty();
        String productName = cards.get(0).getText();
        Browser.screenshot(driver, "news-article");

        driver.findElement(By.cssSelector("#article-product-cards .card-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("product-name")));
        assertThat(driver.getCurrentUrl()).contains("/san-pham/");
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo(productName);
        assertThat(driver.findElement(By.cssSelector(".in-the-news")).getText()).contains("Hội chợ Dừa");
    }

    @Test
    void aSanitisedHostileArticleRunsNothingInChromium() throws Exception {
        Browser.resize(driver, 1280, 900);
        java.net.http.HttpResponse<String> stored = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/news-probe/articles")))
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(XSS_PAYLOADS)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);

        driver.get(url("/tin-tuc/" + stored.body()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
        Thread.sleep(1000);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
        JavascriptExecutor js = driver;
        assertThat(js.executeScript("return typeof window.__xss")).isEqualTo("undefined");
        WebElement body = driver.findElement(By.id("article-body"));
        assertThat(body.getText()).contains("Chữ an toàn vẫn hiện.").contains("liên kết");
        assertThat(body.findElements(By.cssSelector("script, iframe, svg, style, math, details, [style]"))).isEmpty();
        Object handlers = js.executeScript("return Array.from(arguments[0].querySelectorAll('*')).flatMap(e => "
                + "Array.from(e.attributes).map(a => a.name)).filter(n => n.startsWith('on')).length", body);
        assertThat(((Number) handlers).intValue()).isZero();
        for (WebElement a : body.findElements(By.tagName("a"))) {
            String href = a.getAttribute("href");
            assertThat(href == null || href.startsWith("http") || href.startsWith("mailto:")).as(String.valueOf(href)).isTrue();
        }
        for (WebElement a : body.findElements(By.tagName("a"))) {
            a.click();
        }
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
        assertThat(js.executeScript("return typeof window.__xss")).isEqualTo("undefined");
        driver.get(url("/tin-tuc/" + stored.body()));
        driver.findElement(By.cssSelector("#article-product-cards .card-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("product-name")));
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo("Kẹo dừa sáp ca cao");
    }

    @Test
    void staffWriteAnArticleSeeTheRefusalBesideTheBodyAndPublishIt() {
        Browser.resize(driver, 1280, 900);
        driver.manage().deleteAllCookies();
        logIn("canbo@demo.dacsan.vn");
        driver.get(url("/quan-ly/tin-tuc"));
        assertThat(driver.findElements(By.cssSelector("#articles tbody tr"))).hasSizeGreaterThanOrEqualTo(10);
        driver.findElement(By.id("new-article")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article:title")));
        driver.findElement(By.id("article:title")).sendKeys("Chợ phiên nông sản cuối tuần");
        driver.findElement(By.id("article:summary")).sendKeys("Nông sản tươi từ các hợp tác xã mỗi sáng thứ bảy.");
        driver.findElement(By.id("article:body")).sendKeys("<p>Chợ họp từ 6 giờ.</p><script>alert(1)</script>");
        driver.findElement(By.id("article:tags")).sendKeys("chợ phiên, nông sản");
        driver.findElement(By.id("article:save")).click();

        WebElement refusal = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article\\:body ~ .field-error")));
        assertThat(refusal.getText()).contains("<script>");
        assertThat(driver.findElement(By.id("article:title")).getAttribute("value")).isEqualTo("Chợ phiên nông sản cuối tuần");
        Browser.screenshot(driver, "news-desk-refusal");

        WebElement body = driver.findElement(By.id("article:body"));
        body.clear();
        body.sendKeys("<p>Chợ họp từ <strong>6 giờ</strong> sáng.</p>");
        driver.findElement(By.id("article:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-state")));
        assertThat(driver.findElement(By.id("notices")).getText()).contains("Đã lưu");
        driver.findElement(By.id("article:publish")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("view-published")));
        assertThat(driver.findElement(By.id("article-log")).getText()).contains("Tạo bài").contains("Đăng bài");

        driver.findElement(By.id("view-published")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
        assertThat(driver.getCurrentUrl()).endsWith("/tin-tuc/cho-phien-nong-san-cuoi-tuan");
        assertThat(driver.findElement(By.id("article-body")).getText()).contains("6 giờ");
        logOut();
    }

    @Test
    void homeSearchAndProductPagesHaveNoSeriousAccessibilityViolations() {
        Browser.resize(driver, 1280, 900);
        awaitCatalogue();
        for (String path : List.of("/", "/tim-kiem?q=keo+dua", "/san-pham/keo-dua-sap-ca-cao", "/?lang=en",
                "/dang-ky-doanh-nghiep")) {
            driver.get(url(path));
            assertNoSeriousViolations(path);
        }
    }

    @Test
    void aShopperAddsAProductToTheCartAndSeesItGroupedByProducer() {
        Browser.resize(driver, 1280, 900);
        driver.manage().deleteAllCookies();
        driver.get(url("/san-pham/keo-dua-sap-ca-cao"));
        WebElement quantity = driver.findElement(By.id("quantity"));
        quantity.clear();
        quantity.sendKeys("3");
        driver.findElement(By.id("add-to-cart-button")).click();

        WebElement message = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cart-messages")));
        assertThat(message.getText()).contains("Đã thêm 3").contains("Kẹo dừa sáp ca cao");
        assertThat(driver.findElement(By.id("cart-count")).getText()).isEqualTo("3");
        driver.findElement(By.id("view-cart")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cart-total")));
        assertThat(driver.getCurrentUrl()).endsWith("/gio-hang");
        assertThat(driver.findElements(By.cssSelector(".cart-group"))).singleElement()
                .satisfies(group -> assertThat(group.getText()).contains("Kẹo dừa sáp ca cao"));
        assertThat(driver.findElement(By.id("cart-total")).getText()).contains("₫");
        assertThat(driver.findElement(By.id("checkout")).getAttribute("href")).endsWith("/dat-hang");
        assertThat(Files.exists(Browser.screenshot(driver, "cart-page"))).isTrue();
        assertNoSeriousViolations("/gio-hang");

        Browser.resize(driver, 375, 800);
        Browser.screenshot(driver, "cart-page-phone");
        Browser.resize(driver, 1280, 900);
        driver.manage().deleteAllCookies();
    }

    @Test
    void aShopperSearchesBuysWithCashOnDeliveryAndTracksTheOrder() {
        Browser.resize(driver, 1280, 900);
        awaitCatalogue();
        driver.manage().deleteAllCookies();
        driver.get(url("/tim-kiem?q=keo+dua+sap"));
        driver.findElements(By.cssSelector(".cards .card-link")).get(0).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("add-to-cart-button"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("view-cart"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("checkout"))).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:place")));
        // a first try with a landline and no address: told beside the fields, nothing placed
        driver.findElement(By.id("checkout:name")).sendKeys("Nguyễn Thị Mai");
        driver.findElement(By.id("checkout:phone")).sendKeys("02753822365");
        driver.findElement(By.id("checkout:place")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(driver.findElements(By.cssSelector(".field-error"))).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).isNotBlank());
        Browser.screenshot(driver, "checkout-errors");

        WebElement phone = driver.findElement(By.id("checkout:phone"));
        phone.clear();
        phone.sendKeys("0912345678");
        new Select(driver.findElement(By.id("checkout:province"))).selectByValue("vinh-long");
        waiting().until(d -> new Select(d.findElement(By.id("checkout:commune"))).getOptions().size() > 1);
        new Select(driver.findElement(By.id("checkout:commune"))).selectByValue("vinh-long.an-hoi");
        driver.findElement(By.id("checkout:street")).sendKeys("12 đường Nguyễn Đình Chiểu");
        driver.findElement(By.id("checkout:place")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation-heading")));
        String heading = driver.findElement(By.id("order-heading")).getText();
        assertThat(heading).matches("Đơn hàng DS-\\d{4}-\\d{6}");
        String code = heading.substring("Đơn hàng ".length());
        assertThat(driver.findElement(By.id("payment")).getText()).contains("tiền mặt");
        Browser.screenshot(driver, "order-confirmation");
        assertNoSeriousViolations("/xac-nhan-don-hang.xhtml");
        assertThat(driver.findElements(By.id("cart-count"))).allSatisfy(c -> assertThat(c.getText()).isIn("", "0"));

        driver.get(url("/tra-cuu-don-hang"));
        driver.findElement(By.id("tracking:code")).sendKeys(code);
        driver.findElement(By.id("tracking:phone")).sendKeys("0987654321");
        driver.findElement(By.id("tracking:track")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.error")));
        assertThat(driver.findElements(By.id("order-summary"))).as("a wrong phone shows nothing").isEmpty();
        WebElement trackingPhone = driver.findElement(By.id("tracking:phone"));
        trackingPhone.clear();
        trackingPhone.sendKeys("0912345678");
        driver.findElement(By.id("tracking:track")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("order-summary")));
        assertThat(driver.findElement(By.id("order-summary")).getText()).contains(code).contains("Đã đặt");
        Browser.screenshot(driver, "order-tracking");
        driver.manage().deleteAllCookies();

        // the producer confirms and ships its part in the seller portal
        logIn("keodua@demo.dacsan.vn");
        driver.get(url("/ban-hang/don-hang.xhtml"));
        WebElement part = driver.findElements(By.cssSelector(".seller-order")).stream()
                .filter(p -> p.getText().contains(code)).findFirst().orElseThrow();
        String partId = part.getAttribute("id").substring("sub-order-".length());
        part.findElement(By.cssSelector("input[id$=':confirm']")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("state-" + partId), "Đã xác nhận"));
        driver.findElement(By.id("sub-order-" + partId)).findElement(By.cssSelector("input[id$=':ship']")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("state-" + partId), "Đang giao"));
        Browser.screenshot(driver, "seller-orders");
        assertNoSeriousViolations("/ban-hang/don-hang.xhtml");
        logOut();

        driver.get(url("/tra-cuu-don-hang"));
        driver.findElement(By.id("tracking:code")).sendKeys(code);
        driver.findElement(By.id("tracking:phone")).sendKeys("0912345678");
        driver.findElement(By.id("tracking:track")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("order-summary")));
        assertThat(driver.findElement(By.id("order-summary")).getText()).contains("Đang giao");
        driver.manage().deleteAllCookies();

        // staff see it among all orders, and in the figures per day and per business
        logIn("canbo@demo.dacsan.vn");
        driver.get(url("/quan-ly/don-hang.xhtml?state=SHIPPED"));
        assertThat(driver.findElement(By.id("staff-orders")).getText()).contains(code).contains("Đang giao");
        assertThat(driver.findElement(By.id("per-producer")).getText()).contains("Công ty TNHH Kẹo dừa An Hội");
        assertThat(driver.findElement(By.id("per-day")).getText()).contains("₫");
        assertThat(driver.findElement(By.id("per-group")).getText()).contains("₫");
        // PrimeFaces' chart widgets start from storefront.js (no inline script under the strict policy) and draw
        List<Object> drawn = (List<Object>) driver.executeScript("return Array.from(document.querySelectorAll('.ui-chart canvas')).map(c => {"
                + " const blank = document.createElement('canvas'); blank.width = c.width; blank.height = c.height;"
                + " return c.width > 0 && c.toDataURL() !== blank.toDataURL(); });");
        assertThat(drawn).hasSize(3).containsOnly(Boolean.TRUE);
        assertThat(Browser.consoleErrors(driver)).as("no script failed").noneMatch(error -> error.contains("Uncaught"));
        Browser.screenshot(driver, "staff-orders");
        assertNoSeriousViolations("/quan-ly/don-hang.xhtml");
        logOut();
    }

    private static final String DEMO_FAIR = "Hội chợ Dừa và sản phẩm OCOP tỉnh Vĩnh Long";

    /** The month (2026-12) in which the demo coconut fair starts, read from the public events API. */
    private String demoFairMonth() {
        Http http = new Http(base);
        jakarta.json.JsonArray events = Http.json(http.get("/api/v1/events")).asJsonArray();
        return events.getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getString("slug").equals("hoi-cho-dua-va-ocop-vinh-long"))
                .findFirst().orElseThrow().getString("startsOn").substring(0, 7);
    }

    @Test
    void theEventsCalendarIsAPrimeFacesScheduleStartedWithoutInlineScript() {
        Browser.resize(driver, 1280, 900);
        driver.manage().deleteAllCookies();
        Browser.consoleErrors(driver);
        driver.get(url("/su-kien?thang=" + demoFairMonth()));
        List<WebElement> entries = waiting().until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("#event-schedule .fc-event")));
        assertThat(entries).anySatisfy(e -> assertThat(e.getAttribute("textContent")).contains(DEMO_FAIR));
        WebElement fair = entries.stream().filter(e -> e.getAttribute("textContent").contains(DEMO_FAIR)).findFirst().orElseThrow();
        assertThat(fair.getAttribute("href")).endsWith("#month-event-hoi-cho-dua-va-ocop-vinh-long");
        // Vietnamese: weeks start on Monday and the day names are not English
        String firstDay = driver.findElement(By.cssSelector("#event-schedule .fc-col-header-cell")).getAttribute("textContent");
        assertThat(firstDay).doesNotContain("Mon").doesNotContain("Sun");
        assertThat(driver.findElement(By.id("calendar-table")).isDisplayed()).as("the server table gives way to the schedule").isFalse();
        assertThat(driver.findElement(By.id("month-events")).getText()).contains(DEMO_FAIR);
        assertThat(Browser.consoleErrors(driver)).as("no script failed or was refused")
                .noneMatch(error -> error.contains("Uncaught") || error.contains("Refused to execute"));
        driver.executeScript("document.getElementById('events-calendar').scrollIntoView()");
        Browser.screenshot(driver, "events-calendar-1280");
        assertNoSeriousViolations("/su-kien");

        fair.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("#month-event-hoi-cho-dua-va-ocop-vinh-long"));

        Browser.resize(driver, 375, 800);
        driver.navigate().refresh();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-schedule .fc-event")));
        Long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0L);
        driver.executeScript("document.getElementById('events-calendar').scrollIntoView()");
        Browser.screenshot(driver, "events-calendar-375");
        assertNoSeriousViolations("/su-kien at 375 px");
        Browser.resize(driver, 1280, 900);
    }

    @Test
    void newsPagesHaveNoSeriousAccessibilityViolations() {
        Browser.resize(driver, 1280, 900);
        driver.manage().deleteAllCookies();
        for (String path : List.of("/tin-tuc", "/tin-tuc/" + StorefrontApiIT.DEMO_ARTICLE, "/tin-tuc?lang=en", "/su-kien?lang=en")) {
            driver.get(url(path));
            assertNoSeriousViolations(path);
        }
        driver.manage().deleteAllCookies();
    }

    @Test
    void staffAddAnEventSeeTheRefusalBesideTheDatesThenCancelIt() {
        Browser.resize(driver, 1280, 900);
        driver.manage().deleteAllCookies();
        logIn("canbo@demo.dacsan.vn");
        driver.get(url("/quan-ly/tin-tuc"));
        driver.findElement(By.id("to-events")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event:title")));
        assertThat(driver.findElements(By.cssSelector("#events tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertNoSeriousViolations("/quan-ly/su-kien");

        driver.findElement(By.id("event:title")).sendKeys("Phiên chợ hoa kiểng Chợ Lách");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('event:startsOn').value = '2030-02-10';"
                + "document.getElementById('event:endsOn').value = '2030-02-05';");
        driver.findElement(By.id("event:venue")).sendKeys("Chợ hoa Cái Mơn");
        new Select(driver.findElement(By.id("province"))).selectByVisibleText("Vĩnh Long");
        driver.findElement(By.id("event:description")).sendKeys("Mai vàng, hoa giấy và cây kiểng của nhà vườn.");
        driver.findElement(By.id("event:save")).click();

        WebElement refusal = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("endsOn-error")));
        assertThat(refusal.getText()).contains("không được trước ngày bắt đầu");
        assertThat(driver.findElement(By.id("event:endsOn")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("event:title")).getAttribute("value")).isEqualTo("Phiên chợ hoa kiểng Chợ Lách");
        Browser.screenshot(driver, "staff-event-refusal");
        assertNoSeriousViolations("/quan-ly/su-kien with errors");

        ((JavascriptExecutor) driver).executeScript("document.getElementById('event:endsOn').value = '2030-02-12';");
        driver.findElement(By.id("event:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event-log")));
        assertThat(driver.findElement(By.id("notices")).getText()).contains("Đã lưu sự kiện");
        assertThat(driver.findElement(By.id("events")).getText()).contains("Phiên chợ hoa kiểng Chợ Lách");
        String editPage = driver.getCurrentUrl();

        driver.get(url("/su-kien?thang=2030-02"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-schedule .fc-event")));
        assertThat(driver.findElement(By.id("event-schedule")).getAttribute("textContent")).contains("Phiên chợ hoa kiểng Chợ Lách");

        driver.get(editPage);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event:cancel")));
        driver.findElement(By.id("event:reason")).sendKeys("Trùng lịch hội chợ tỉnh");
        driver.findElement(By.id("event:cancel")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event-state")));
        assertThat(driver.findElement(By.id("event-log")).getText()).contains("Hủy sự kiện").contains("Trùng lịch hội chợ tỉnh");
        driver.get(url("/su-kien?thang=2030-02"));
        assertThat(driver.findElement(By.id("month-events")).getText()).doesNotContain("Phiên chợ hoa kiểng Chợ Lách");
        logOut();
    }

    private void assertNoSeriousViolations(String where) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(StorefrontBrowserIT::describe)
                .toList();
        assertThat(serious).as("axe violations on " + where).isEmpty();
    }

    @Test
    void aBusinessChoosesItsProvinceThenCommuneAndStaffOpenTheQueue() {
        Browser.resize(driver, 1280, 900);
        driver.get(url("/dang-ky-doanh-nghiep"));
        Select province = new Select(driver.findElement(By.id("province")));
        province.selectByVisibleText("Cần Thơ");
        waiting().until(d -> communes().contains("xã Phong Điền"));
        new Select(driver.findElement(By.id("province"))).selectByVisibleText("Vĩnh Long");
        waiting().until(d -> communes().contains("xã Giồng Trôm"));
        assertThat(communes()).doesNotContain("xã Phong Điền");
        new Select(driver.findElement(By.id("commune"))).selectByVisibleText("xã Giồng Trôm");

        driver.findElement(By.id("name")).sendKeys("Cơ sở mật ong Bảy Ong");
        driver.findElement(By.id("phone")).sendKeys("12345");
        driver.findElement(By.id("submit")).click();
        WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-errors")));
        assertThat(summary.getText()).contains("cần sửa");
        assertThat(driver.findElement(By.id("phone-error")).getText()).contains("Số điện thoại không hợp lệ");
        assertThat(driver.findElement(By.id("phone")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Cơ sở mật ong Bảy Ong");
        assertThat(new Select(driver.findElement(By.id("commune"))).getFirstSelectedOption().getText()).isEqualTo("xã Giồng Trôm");
        assertNoSeriousViolations("the registration form with errors");
        Browser.screenshot(driver, "registration-errors");

        driver.get(url("/dang-nhap?next=%2Fquan-ly%2Fdoanh-nghiep"));
        driver.findElement(By.id("email")).sendKeys("canbo@demo.dacsan.vn");
        driver.findElement(By.id("password")).sendKeys("demo12345");
        driver.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pending-heading")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Cơ sở kẹo chuối Năm Mới");
        assertNoSeriousViolations("the staff queue");
        Browser.screenshot(driver, "staff-business-queue");
        driver.get(url("/quan-ly/"));
        driver.findElement(By.id("logout")).click();
        waiting().until(d -> d.findElements(By.id("logout")).isEmpty());
    }

    @Test
    void pagesStayUsableAtPhoneWidth() {
        awaitCatalogue();
        Browser.resize(driver, 375, 812);
        for (String path : List.of("/", "/tim-kiem?q=keo+dua", "/san-pham/keo-dua-sap-ca-cao", "/dang-ky-doanh-nghiep")) {
            driver.get(url(path));
            long viewport = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
            long content = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
            assertThat(content).as("horizontal overflow on " + path).isLessThanOrEqualTo(viewport);
            assertThat(driver.findElement(By.id("q")).isDisplayed()).isTrue();
            Browser.screenshot(driver, "phone" + path.replaceAll("[^a-z0-9]+", "-"));
        }
        Browser.resize(driver, 1280, 900);
    }

    @Test
    void aBusinessSubmitsAListingAndStaffApproveItIntoSearch() {
        Browser.resize(driver, 1280, 900);
        awaitCatalogue();
        String name = "Mứt dừa non lá dứa " + (System.nanoTime() % 100000);
        logIn("keodua@demo.dacsan.vn");
        driver.get(url("/ban-hang/"));
        driver.findElement(By.id("new-listing")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("listing:name")));
        // a first try with a missing description and a bad price: told beside the fields, nothing saved
        driver.findElement(By.id("listing:name")).sendKeys(name);
        driver.findElement(By.id("listing:price")).sendKeys("5");
        driver.findElement(By.id("listing:saveSubmit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(driver.findElements(By.cssSelector(".field-error"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("1.000"))
                .anySatisfy(text -> assertThat(text).isEqualTo("Vui lòng điền mục này."));
        Browser.screenshot(driver, "seller-form-errors");

        fillAndSubmitListing("Mứt dừa non sên với lá dứa, dẻo thơm, không phẩm màu.", "55000", "40");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Chờ duyệt");
        assertThat(driver.findElement(By.id("open-revision")).getText()).contains("hạn");
        Browser.screenshot(driver, "seller-listing-submitted");
        logOut();

        logIn("canbo@demo.dacsan.vn");
        driver.get(url("/quan-ly/duyet.xhtml"));
        WebElement row = driver.findElements(By.cssSelector("#queue-table tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Sản phẩm mới");
        Browser.screenshot(driver, "staff-review-queue");
        row.findElement(By.linkText(name)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
        assertThat(driver.findElement(By.id("change-name")).getText()).contains(name);
        Browser.screenshot(driver, "staff-review-page");
        driver.findElement(By.id("decide:approve")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("revision-state"), "đã duyệt"));
        long approved = System.nanoTime();
        logOut();

        String search = url("/tim-kiem?q=" + java.net.URLEncoder.encode("mut dua non la dua", java.nio.charset.StandardCharsets.UTF_8));
        long seenAfter = -1;
        while (seenAfter < 0 && System.nanoTime() - approved < Duration.ofSeconds(20).toNanos()) {
            driver.get(search);
            if (driver.findElements(By.cssSelector(".cards .card-title")).stream().anyMatch(t -> t.getText().equals(name))) {
                seenAfter = (System.nanoTime() - approved) / 1_000_000;
            }
        }
        Browser.screenshot(driver, "search-after-approval");
        boolean found = seenAfter >= 0 && seenAfter <= 2000;
        assertThat(found).as("approved listing found by an unaccented search within 2 s (seen after " + seenAfter + " ms)").isTrue();
    }

    @Test
    void staffRejectWithAReasonThatTheBusinessThenReads() {
        Browser.resize(driver, 1280, 900);
        String name = "Bánh phồng sữa " + (System.nanoTime() % 100000);
        logIn("keodua@demo.dacsan.vn");
        driver.get(url("/ban-hang/san-pham.xhtml"));
        driver.findElement(By.id("listing:name")).sendKeys(name);
        fillAndSubmitListing("<script>alert('x')</script> Bánh phồng sữa Sơn Đốc, giòn, thơm sữa.", "35000", "12");
        logOut();

        logIn("canbo@demo.dacsan.vn");
        driver.get(url("/quan-ly/duyet.xhtml"));
        driver.findElements(By.cssSelector("#queue-table tbody tr")).stream().filter(r -> r.getText().contains(name))
                .findFirst().orElseThrow().findElement(By.linkText(name)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decide:reject")));
        assertThat(driver.findElement(By.id("change-description")).getText()).contains("<script>alert('x')</script>");
        driver.findElement(By.id("decide:reject")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(driver.findElement(By.id("revision-state")).getText()).isEqualTo("đang chờ duyệt");
        driver.findElement(By.id("decide:reason")).sendKeys("Ảnh bao bì chưa đúng với sản phẩm thật");
        driver.findElement(By.id("decide:reject")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("revision-state"), "bị từ chối"));
        logOut();

        logIn("keodua@demo.dacsan.vn");
        driver.get(url("/ban-hang/"));
        WebElement row = driver.findElements(By.cssSelector("#listing-table tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Bị từ chối").contains("Ảnh bao bì chưa đúng với sản phẩm thật");
        row.findElement(By.linkText(name)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rejection")));
        assertThat(driver.findElement(By.id("rejection")).getText()).contains("Ảnh bao bì chưa đúng với sản phẩm thật");
        Browser.screenshot(driver, "seller-listing-rejected");
        logOut();
    }

    @Test
    void aShopperSendsFeedbackStaffReplyAndThePrivateLinkShowsTheReply() {
        Browser.resize(driver, 1280, 900);
        driver.get(url("/gop-y?lang=vi"));
        driver.findElement(By.id("feedback:send")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feedback-error")));
        assertThat(driver.findElement(By.id("contact-error")).getText()).isEqualTo("Vui lòng cho biết email hoặc số điện thoại để chúng tôi trả lời.");
        assertThat(driver.findElement(By.id("subject-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("name-error")).getText()).isNotBlank();
        Browser.screenshot(driver, "feedback-errors");

        String sender = "Phạm Thu " + (System.nanoTime() % 100000);
        driver.findElement(By.id("feedback:subject:2")).click();
        driver.findElement(By.id("feedback:name")).sendKeys(sender);
        driver.findElement(By.id("feedback:email")).sendKeys("thu@example.vn");
        driver.findElement(By.id("feedback:message")).sendKeys("<script>document.title='hacked'</script> Trang tìm kiếm nên lọc theo xã.");
        driver.findElement(By.id("feedback:send")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("private-link")));
        String privateLink = driver.findElement(By.id("private-link")).getText();
        assertThat(privateLink).matches(".*/gop-y/[A-Za-z0-9_-]{22}");
        assertThat(driver.findElement(By.id("feedback-message")).getText()).startsWith("<script>document.title='hacked'</script>");
        assertThat(driver.getTitle()).doesNotContain("hacked");
        assertThat(driver.findElement(By.id("no-reply")).isDisplayed()).isTrue();
        Browser.screenshot(driver, "feedback-private-page");

        logIn("canbo@demo.dacsan.vn");
        driver.get(url("/quan-ly/gop-y"));
        driver.findElements(By.cssSelector("#feedback-queue tbody tr")).stream().filter(r -> r.getText().contains(sender))
                .findFirst().orElseThrow().findElement(By.tagName("a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reply-form:reply")));
        assertThat(driver.findElement(By.id("case-message")).getText()).contains("<script>");
        driver.findElement(By.id("reply-form:send-reply")).click();
        waiting().until(d -> !d.findElement(By.id("reply-error")).getText().isBlank());
        driver.findElement(By.id("reply-form:reply")).sendKeys("Cảm ơn bạn, bộ lọc theo xã sẽ có trong tháng tới.");
        driver.findElement(By.id("reply-form:send-reply")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("queue-notice")));
        assertThat(driver.findElement(By.id("case-status")).getText()).startsWith("Đã trả lời");
        Browser.screenshot(driver, "staff-feedback-replied");
        driver.get(url("/quan-ly/trang"));
        Browser.screenshot(driver, "staff-department-pages");
        logOut();

        driver.get(privateLink);
        assertThat(driver.findElement(By.id("feedback-reply")).getText()).isEqualTo("Cảm ơn bạn, bộ lọc theo xã sẽ có trong tháng tới.");
        assertThat(driver.findElement(By.id("feedback-status")).getText()).isEqualTo("Đã trả lời");

        for (String path : List.of("/gioi-thieu", "/gioi-thieu/trung-tam-khuyen-cong-xuc-tien-thuong-mai", "/quy-che", "/gop-y")) {
            driver.get(url(path));
            assertThat(driver.findElement(By.id("footer-department")).getText()).isEqualTo("Sở Công Thương tỉnh Bến Tre");
            Browser.screenshot(driver, "desktop" + path.replaceAll("[^a-z0-9]+", "-"));
        }
        Browser.resize(driver, 375, 812);
        for (String path : List.of("/gioi-thieu", "/quy-che", "/gop-y", privateLink.substring(privateLink.indexOf("/gop-y/")))) {
            driver.get(url(path));
            long viewport = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
            long content = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
            assertThat(content).as("horizontal overflow on " + path).isLessThanOrEqualTo(viewport);
            String name = "phone" + path.replaceAll("[^a-z0-9]+", "-");
            Browser.screenshot(driver, name.substring(0, Math.min(30, name.length())));
        }
        Browser.resize(driver, 1280, 900);
        List<String> serious = new java.util.ArrayList<>(axe("/gioi-thieu"));
        serious.addAll(axe("/quy-che"));
        serious.addAll(axe("/gop-y"));
        assertThat(serious).isEmpty();
    }

    @Test
    void portalPagesHaveNoSeriousAccessibilityViolations() {
        Browser.resize(driver, 1280, 900);
        logIn("keodua@demo.dacsan.vn");
        List<String> serious = new java.util.ArrayList<>(axe("/ban-hang/"));
        serious.addAll(axe("/ban-hang/san-pham.xhtml"));
        logOut();
        logIn("canbo@demo.dacsan.vn");
        serious.addAll(axe("/quan-ly/duyet.xhtml"));
        serious.addAll(axe("/quan-ly/duyet.xhtml?state=APPROVED"));
        logOut();
        assertThat(serious).isEmpty();
    }

    private List<String> axe(String path) {
        driver.get(url(path));
        return new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> path + ": " + describe(rule))
                .toList();
    }

    /** Fills the rest of the listing form (name already typed), picks the place as a person would, and submits it for review. */
    private void fillAndSubmitListing(String description, String price, String stock) {
        driver.findElement(By.id("listing:description")).sendKeys(description);
        for (String[] field : new String[][] {{"listing:price", price}, {"listing:stock", stock}}) {
            WebElement input = driver.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        new Select(driver.findElement(By.id("listing:group"))).selectByValue("2023.thuc-pham.che-bien");
        new Select(driver.findElement(By.id("listing:province"))).selectByValue("vinh-long");
        waiting().until(d -> new Select(d.findElement(By.id("listing:commune"))).getOptions().size() > 1);
        new Select(driver.findElement(By.id("listing:commune"))).selectByValue("vinh-long.an-hoi");
        driver.findElement(By.id("listing:saveSubmit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("open-revision")));
    }

    private void logIn(String email) {
        driver.get(url("/dang-nhap"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("demo12345");
        driver.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void logOut() {
        driver.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        driver.manage().deleteAllCookies();
    }

    /** The commune list as it is now, read in one step (Ajax replaces the element while we look). */
    @SuppressWarnings("unchecked")
    private List<String> communes() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#commune option')).map(o => o.text);");
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — " + rule.getNodes().stream()
                .limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }
}
