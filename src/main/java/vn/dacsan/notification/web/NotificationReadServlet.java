package vn.dacsan.notification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.dacsan.notification.application.NotificationInbox;

/**
 * Marks notifications read, by POST only (a link or an image must not change anything): one
 * ("id"), or all of them ("all"). With "open", goes on to the page the notification is about;
 * otherwise back to the list page it came from. An id that is not the caller's is a 404.
 */
@WebServlet(NotificationReadServlet.PATH)
public class NotificationReadServlet extends HttpServlet {

    static final String PATH = NotificationsPage.PATH + "/da-doc";

    @Inject
    NotificationInbox inbox;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getRemoteUser();
        if (login == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String back = request.getContextPath() + NotificationsPage.PATH;
        int page = NotificationsPage.requestedPage(request.getParameter("page"));
        if (page > 1) {
            back += "?page=" + page;
        }
        if (request.getParameter("all") != null) {
            inbox.markAllRead(login);
            response.sendRedirect(back);
            return;
        }
        String id = request.getParameter("id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<NotificationInbox.Item> read = inbox.markRead(login, Long.parseLong(id));
        if (read.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String link = read.get().link();
        boolean open = request.getParameter("open") != null && link != null;
        response.sendRedirect(open ? request.getContextPath() + link : back + "#notification-" + id);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
