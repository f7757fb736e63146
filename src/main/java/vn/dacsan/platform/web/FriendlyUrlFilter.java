package vn.dacsan.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable Vietnamese addresses: /san-pham/{slug}, /nha-san-xuat/{slug}, /tim-kiem, /dang-nhap
 * (login), /dat-hang (checkout), /tra-cuu-don-hang (order tracking), /don-hang-cua-toi (own orders), /dang-ky-doanh-nghiep (business registration), /minh-bach (review timeliness), /ban-hang
 * (sellers), /quan-ly (staff), /quan-ly/doanh-nghiep (business verification), /gio-hang (the cart)
 * and /thong-bao (notifications) are served by the Faces views behind them. Also sets the security headers of every response.
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

    private static final Pattern PRODUCT = Pattern.compile("/san-pham/([^/]+)/?");
    private static final Pattern PRODUCER = Pattern.compile("/nha-san-xuat/([^/]+)/?");

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
        if (product.matches()) {
            forward(request, response, "/san-pham.xhtml", product.group(1));
        } else if (producer.matches()) {
            forward(request, response, "/nha-san-xuat.xhtml", producer.group(1));
        } else if (path.equals("/tim-kiem") || path.equals("/tim-kiem/")) {
            request.getRequestDispatcher("/tim-kiem.xhtml").forward(request, response);
        } else if (path.equals("/dang-nhap") || path.equals("/dang-nhap/")) {
            request.getRequestDispatcher("/dang-nhap.xhtml").forward(request, response);
        } else if (path.equals("/dat-hang") || path.equals("/dat-hang/")) {
            request.getRequestDispatcher("/dat-hang.xhtml").forward(request, response);
        } else if (path.equals("/don-hang-cua-toi") || path.equals("/don-hang-cua-toi/")) {
            request.getRequestDispatcher("/don-hang-cua-toi.xhtml").forward(request, response);
        } else if (path.equals("/tra-cuu-don-hang") || path.equals("/tra-cuu-don-hang/")) {
            request.getRequestDispatcher("/tra-cuu-don-hang.xhtml").forward(request, response);
        } else if (path.equals("/minh-bach") || path.equals("/minh-bach/")) {
            request.getRequestDispatcher("/minh-bach.xhtml").forward(request, response);
        } else if (path.equals("/dang-ky-doanh-nghiep") || path.equals("/dang-ky-doanh-nghiep/")) {
            request.getRequestDispatcher("/dang-ky-doanh-nghiep.xhtml").forward(request, response);
        } else if (path.equals("/quan-ly/doanh-nghiep") || path.equals("/quan-ly/doanh-nghiep/")) {
            request.getRequestDispatcher("/quan-ly/doanh-nghiep.xhtml").forward(request, response);
        } else if (path.equals("/ban-hang") || path.equals("/ban-hang/")) {
            request.getRequestDispatcher("/ban-hang/index.xhtml").forward(request, response);
        } else if (path.equals("/quan-ly") || path.equals("/quan-ly/")) {
            request.getRequestDispatcher("/quan-ly/index.xhtml").forward(request, response);
        } else if (path.equals("/gio-hang") || path.equals("/gio-hang/")) {
            request.getRequestDispatcher("/gio-hang.xhtml").forward(request, response);
        } else if (path.equals("/thong-bao") || path.equals("/thong-bao/")) {
            request.getRequestDispatcher("/thong-bao.xhtml").forward(request, response);
        } else if (path.equals("/san-pham.xhtml") || path.equals("/nha-san-xuat.xhtml")) {
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
}
