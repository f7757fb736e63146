package vn.dacsan.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dacsan.platform.api.Problem;
import vn.dacsan.platform.logging.RequestId;
import vn.dacsan.platform.logging.RequestLog;
import vn.dacsan.platform.persistence.DatabaseOutage;

/**
 * While the database refuses connections, a page answers 503 with a short apology in both
 * languages (drawn without Faces or the database, which is what just failed) and the API a JSON
 * problem; never a stack trace. The failed transaction has rolled back, and the server's pool
 * reconnects by itself once the database is back.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = RequestLog.logger(DatabaseOutageFilter.class);
    static final int RETRY_AFTER_SECONDS = 30;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable for " + request.getMethod() + " " + request.getRequestURI()
                    + ": " + e.getMessage());
            response.reset();
            RequestId.current().ifPresent(id -> response.setHeader(RequestId.HEADER, id));
            response.setStatus(503);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                writeProblem(response);
            } else {
                writePage(request, response);
            }
        }
    }

    private static void writeProblem(HttpServletResponse response) throws IOException {
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(Problem.databaseUnavailableJson());
    }

    private static void writePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle vi = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"vi\"><head><meta charset=\"UTF-8\"/>");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        out.println("<title>" + escape(vi.getString("error.503.title")) + "</title>");
        out.println("<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/resources/css/storefront.css\"/>");
        out.println("</head><body><main class=\"error-page\" id=\"database-unavailable\">");
        out.println("<h1>" + escape(vi.getString("error.503.title")) + "</h1>");
        out.println("<p>" + escape(vi.getString("error.503.text")) + "</p>");
        out.println("<h2 lang=\"en\">" + escape(en.getString("error.503.title")) + "</h2>");
        out.println("<p lang=\"en\">" + escape(en.getString("error.503.text")) + "</p>");
        out.println("<p><a href=\"" + request.getContextPath() + "/\">" + escape(vi.getString("nav.home")) + "</a></p>");
        out.println("</main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
