package vn.dacsan.department.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import vn.dacsan.department.application.FeedbackCase;
import vn.dacsan.department.application.FeedbackDesk;
import vn.dacsan.department.application.InvalidDepartmentInput;
import vn.dacsan.department.application.UnknownFeedback;
import vn.dacsan.department.domain.Feedback;
import vn.dacsan.department.domain.FeedbackStateException;
import vn.dacsan.department.domain.FeedbackStatus;
import vn.dacsan.platform.web.RequestOrigin;
import vn.dacsan.platform.web.Storefront;

/**
 * The staff queue of complaints (/quan-ly/gop-y, filter ?trang-thai=NEW…) and one complaint
 * (?id=…) with its handling: take it, keep a note, reply, close. Each form names the complaint
 * by id, never by its row.
 */
@Named
@RequestScoped
public class FeedbackQueuePage {

    static final String PATH = "/quan-ly/gop-y";
    static final int QUEUE_SIZE = 200;

    @Inject
    FeedbackDesk desk;
    @Inject
    Storefront storefront;
    @Inject
    SecurityContext security;
    @Inject
    HttpServletRequest request;

    private FeedbackCase selected;
    private List<FeedbackCase> queue;
    private String note;
    private String reply;
    private String error;
    private final FieldMessages errors = new FieldMessages();

    @PostConstruct
    void init() {
        String id = request.getParameter("id");
        if (id != null && id.matches("\\d{1,18}")) {
            selected = desk.lookup(Long.valueOf(id)).orElse(null);
            if (selected == null) {
                error = storefront.text("dept.queue.unknown");
            } else {
                note = selected.internalNote();
            }
        }
    }

    public void take() throws IOException {
        act(id -> desk.assign(id, staff()));
    }

    public void saveNote() throws IOException {
        act(id -> desk.note(id, note, storefront.getLocale()));
    }

    public void sendReply() throws IOException {
        act(id -> desk.reply(id, reply, staff(), storefront.getLocale()));
    }

    public void close() throws IOException {
        act(desk::close);
    }

    private void act(LongConsumer step) throws IOException {
        if (selected == null || !RequestOrigin.fromThisSite(request)) {
            error = storefront.text("dept.queue.unknown");
            return;
        }
        try {
            step.accept(selected.id());
        } catch (InvalidDepartmentInput refused) {
            errors.putAll(refused.errors());
            return;
        } catch (FeedbackStateException closed) {
            error = storefront.text("dept.queue.closed");
            return;
        } catch (UnknownFeedback gone) {
            error = storefront.text("dept.queue.unknown");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PATH + "?id=" + selected.id() + "&xong=1");
    }

    private String staff() {
        return security.getCallerPrincipal().getName();
    }

    public List<FeedbackCase> getQueue() {
        if (queue == null) {
            queue = desk.queue(getStatus(), QUEUE_SIZE);
        }
        return queue;
    }

    public FeedbackStatus getStatus() {
        String typed = request.getParameter("trang-thai");
        return Arrays.stream(FeedbackStatus.values()).filter(s -> s.name().equals(typed)).findFirst().orElse(null);
    }

    public List<String> getStatuses() {
        return Arrays.stream(FeedbackStatus.values()).map(Enum::name).toList();
    }

    public long getOverdueCount() {
        return desk.overdueCount();
    }

    public boolean isDone() {
        return "1".equals(request.getParameter("xong")) && error == null;
    }

    public String about(FeedbackCase c) {
        return switch (c.subject()) {
            case "ORDER" -> storefront.text("dept.feedback.subject.ORDER") + " " + c.orderCode();
            case "LISTING" -> storefront.text("dept.feedback.subject.LISTING") + ": " + c.productName();
            default -> storefront.text("dept.feedback.subject.GENERAL");
        };
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String getError() {
        return error;
    }

    public FeedbackCase getSelected() {
        return selected;
    }

    public int getReplyMax() {
        return Feedback.MAX_REPLY;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
