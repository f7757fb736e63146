package vn.dacsan.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.dacsan.notification.application.NotificationInbox;

/** The header's notification link: how many of the logged-in account's notifications are unread. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    HttpServletRequest request;
    @Inject
    NotificationInbox inbox;

    private Long unread;

    /** 0 for anonymous visitors; asked once per request however often the page shows it. */
    public long unreadCount() {
        if (unread == null) {
            String login = request.getRemoteUser();
            unread = login == null ? 0L : inbox.unreadCount(login);
        }
        return unread;
    }
}
