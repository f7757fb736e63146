package vn.dacsan.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable Vietnamese addresses: /san-pham/{slug}, /nha-san-xuat/{slug}, /tin-tuc/{slug},
 * /gioi-thieu/{slug}, /gop-y/{token}, and the fixed
 * addresses in {@link #VIEWS}, are served by the Faces views behind them. Also sets the security
 * headers of every response.
 */
@WebFilter(urlPatterns = "/*")
public class FriendlyUrlFilter extends HttpFilter {

    /**
     * Scripts only from this site's own files (no inline script or event handlers anywhere, so an
     * injected tag cannot run); styles may be inline attributes; forms post only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    /** Fixed friendly addresses and the Faces view behind each (a trailing slash is accepted too). */
    private static final Map<String, String> VIEWS = Map.ofEntries(
            Map.entry("/tim-kiem", "/tim-kiem.xhtml"),
            Map.entry("/dang-nhap", "/dang-nhap.xhtml"),
            Map.entry("/dat-hang", "/dat-hang.xhtml"),
            Map.entry("/don-hang-cua-toi", "/don-hang-cua-toi.xhtml"),
            Map.entry("/tra-cuu-don-hang", "/tra-cuu-don-hang.xhtml"),
            Map.entry("/minh-bach", "/minh-bach.xhtml"),
            Map.entry("/dang-ky-doanh-nghiep", "/dang-ky-doanh-nghiep.xhtml"),
            Map.entry("/quan-ly/doanh-nghiep", "/quan-ly/doanh-nghiep.xhtml"),
            Map.entry("/ban-hang", "/ban-hang/index.xhtml"),
            Map.entry("/quan-ly", "/quan-ly/index.xhtml"),
            Map.entry("/gio-hang", "/gio-hang.xhtml"),
            Map.entry("/thong-bao", "/thong-bao.xhtml"),
            Map.entry("/tin-tuc", "/tin-tuc.xhtml"),
            Map.entry("/su-kien", "/su-kien.xhtml"),
            Map.entry("/quan-ly/tin-tuc", "/quan-ly/tin-tuc.xhtml"),
            Map.entry("/quan-ly/su-kien", "/quan-ly/su-kien.xhtml"),
            Map.entry("/gioi-thieu", "/gioi-thieu.xhtml"),
            Map.entry("/quy-che", "/quy-che.xhtml"),
            Map.entry("/gop-y", "/gop-y.xhtml"),
            Map.entry("/quan-ly/trang", "/quan-ly/trang.xhtml"),
            Map.entry("/quan-ly/gop-y", "/quan-ly/gop-y.xhtml"));

    private static final Pattern PRODUCT = Pattern.compile("/san-pham/([^/]+)/?");
    private static final Pattern PRODUCER = Pattern.compile("/nha-san-xuat/([^/]+)/?");
    private static final Pattern ARTICLE = Pattern.compile("/tin-tuc/([^/]+)/?");
    /** Served by its own servlet, not an article of that name. */
    private static final String NEWS_FEED = "/tin-tuc/feed.atom";
    private static final Pattern UNIT = Pattern.compile("/gioi-thieu/([^/]+)/?");
    private static final Pattern FEEDBACK = Pattern.compile("/gop-y/([^/]+)/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher product = PRODUCT.matcher(path);
        Matcher producer = PRODUCER.matcher(path);
        Matcher article = ARTICLE.matcher(path);
        Matcher unit = UNIT.matcher(path);
        Matcher feedback = FEEDBACK.matcher(path);
        if (path.equals(NEWS_FEED)) {
            chain.doFilter(request, response);
        } else if (product.matches()) {
            forward(request, response, "/san-pham.xhtml", product.group(1));
        } else if (producer.matches()) {
            forward(request, response, "/nha-san-xuat.xhtml", producer.group(1));
        } else if (article.matches()) {
            forward(request, response, "/bai-viet.xhtml", article.group(1));
        } else if (unit.matches()) {
            forward(request, response, "/don-vi.xhtml", unit.group(1));
        } else if (feedback.matches()) {
            // the private link of a complaint: its token travels as the slug
            forward(request, response, "/phan-hoi-gop-y.xhtml", feedback.group(1));
        } else if (VIEWS.containsKey(stripSlash(path))) {
            request.getRequestDispatcher(VIEWS.get(stripSlash(path))).forward(request, response);
        } else if (path.equals("/san-pham.xhtml") || path.equals("/nha-san-xuat.xhtml") || path.equals("/bai-viet.xhtml")
                || path.equals("/don-vi.xhtml") || path.equals("/phan-hoi-gop-y.xhtml")) {
            // only reachable through the friendly address, which carries the slug
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view, String slug)
            throws IOException, ServletException {
        try {
            request.setAttribute("slug", java.net.URLDecoder.decode(slug, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
