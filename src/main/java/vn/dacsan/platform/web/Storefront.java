package vn.dacsan.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.platform.text.Vnd;

/**
 * Per-request facts every public page needs: the language (Vietnamese by default; "?lang=en"
 * switches and is remembered in a cookie, not a session), formatting, and who runs the site.
 */
@Named
@RequestScoped
public class Storefront implements PageTexts {

    public static final String LANG_COOKIE = "lang";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    HttpServletRequest request;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dacsan.platform.name")
    String platformName;
    @Inject
    @ConfigProperty(name = "dacsan.department.name")
    String departmentName;
    @Inject
    @ConfigProperty(name = "dacsan.department.email")
    String departmentEmail;
    @Inject
    @ConfigProperty(name = "dacsan.department.phone")
    String departmentPhone;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String chosen = request.getParameter("lang");
            if ("vi".equals(chosen) || "en".equals(chosen)) {
                FacesContext.getCurrentInstance().getExternalContext().addResponseCookie(LANG_COOKIE, chosen,
                        Map.of("path", "/", "maxAge", 365 * 24 * 3600, "httpOnly", true, "SameSite", "Lax"));
            } else {
                chosen = cookieLanguage();
            }
            locale = "en".equals(chosen) ? Locale.ENGLISH : VIETNAMESE;
        }
        return locale;
    }

    private String cookieLanguage() {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANG_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "vi";
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(getLocale());
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public String vnd(long amount) {
        return Vnd.format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as people in the marketplace's time zone read it: 27/11/2026 10:00. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(clock.getZone()));
    }

    /**
     * A message from the bundle in the page's language, with {0}-style arguments; numbers are
     * grouped the page's way ("14.721 sản phẩm", "14,721 products").
     */
    @Override
    public String text(String key, Object... args) {
        try {
            if (args.length == 0) {
                return ResourceBundle.getBundle("i18n.messages", getLocale()).getString(key);
            }
            return PageFormats.format(getLocale(), key, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String kindName(String kind) {
        return kind == null ? "" : text("kind." + kind);
    }

    /** The current address with the language switched, for the language links. */
    public String switchLanguage(String lang) {
        StringBuilder url = new StringBuilder(request.getAttribute("jakarta.servlet.forward.request_uri") != null
                ? (String) request.getAttribute("jakarta.servlet.forward.request_uri") : request.getRequestURI());
        String query = request.getAttribute("jakarta.servlet.forward.query_string") != null
                ? (String) request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        url.append('?');
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    url.append(part).append('&');
                }
            }
        }
        return url.append("lang=").append(lang).toString();
    }

    public String contextPath() {
        return request.getContextPath();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A search-page address with these parameters (null values dropped). */
    public String searchUrl(Map<String, String> params) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append("/tim-kiem");
        char separator = '?';
        for (Map.Entry<String, String> entry : params.entrySet()) {
            if (entry.getValue() != null && !entry.getValue().isEmpty()) {
                url.append(separator).append(entry.getKey()).append('=').append(encode(entry.getValue()));
                separator = '&';
            }
        }
        return url.toString();
    }

    public String getPlatformName() {
        return platformName;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public String getDepartmentEmail() {
        return departmentEmail;
    }

    public String getDepartmentPhone() {
        return departmentPhone;
    }
}
