package vn.dacsan.media;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.dacsan.platform.web.Storefront;

/**
 * A page form whose file is bigger than the Faces Servlet's multipart-config allows (web.xml)
 * is cut off by the server before any page code runs, and would end on the error page. This
 * answers it as MediaUploads answers a file over its own limit: the limit, in the visitor's
 * language, with status 413 and a way back to the form.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class OversizeUploadFilter extends HttpFilter {

    private static final double MEGABYTE = 1024 * 1024;

    @Inject
    MediaUploads uploads;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipartPost(request)) {
            try {
                request.getParts();
            } catch (IllegalStateException overServerLimit) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipartPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "en".equals(languageCookie(request)) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        String title = bundle.getString("upload.tooLargeForServer.title");
        String message = new MessageFormat(bundle.getString("upload.tooLargeForServer"), locale)
                .format(new Object[] {uploads.maxBytes() / MEGABYTE});
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String form = forwardedFrom != null ? forwardedFrom.toString() : request.getRequestURI();
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + html(title) + "</title></head><body><h1>" + html(title) + "</h1><p>" + html(message)
                + "</p><p><a href=\"" + html(form) + "\">" + html(bundle.getString("upload.back")) + "</a></p></body></html>");
    }

    private static String languageCookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (Storefront.LANG_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "vi";
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
