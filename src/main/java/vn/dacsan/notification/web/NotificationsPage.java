package vn.dacsan.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.notification.application.NotificationInbox;

/**
 * The notifications page (/thong-bao) of any logged-in account: newest first, a page at a time
 * (?page=2), unread ones marked. Marking read posts to {@link NotificationReadServlet}.
 */
@Named
@RequestScoped
public class NotificationsPage {

    static final String PATH = "/thong-bao";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    HttpServletRequest request;
    @Inject
    NotificationInbox inbox;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dacsan.notifications.page-size", defaultValue = "20")
    int pageSize;

    private NotificationInbox.Page page;

    public NotificationInbox.Page getPage() {
        if (page == null) {
            String login = request.getRemoteUser();
            page = inbox.page(login, requestedPage(request.getParameter("page")), pageSize);
            if (page.items().isEmpty() && page.number() > page.pages()) {
                page = inbox.page(login, page.pages(), pageSize);
            }
        }
        return page;
    }

    /** "2" is page 2; anything that is not a page number shows the first page. */
    static int requestedPage(String parameter) {
        if (parameter == null || !parameter.matches("[1-9][0-9]{0,5}")) {
            return 1;
        }
        return Integer.parseInt(parameter);
    }

    public String pageUrl(int number) {
        return request.getContextPath() + PATH + (number > 1 ? "?page=" + number : "");
    }

    public String readAction() {
        return request.getContextPath() + NotificationReadServlet.PATH;
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
    }

    public String isoTime(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
