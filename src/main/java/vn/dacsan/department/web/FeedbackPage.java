package vn.dacsan.department.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.department.application.FeedbackForm;
import vn.dacsan.department.application.FeedbackIntake;
import vn.dacsan.department.application.FeedbackLimiter;
import vn.dacsan.department.application.InvalidDepartmentInput;
import vn.dacsan.department.application.SubmittedFeedback;
import vn.dacsan.department.application.TooManyFeedback;
import vn.dacsan.department.domain.Feedback;
import vn.dacsan.department.domain.FeedbackSubject;
import vn.dacsan.notification.application.MailSender;
import vn.dacsan.platform.web.ClientAddress;
import vn.dacsan.platform.web.Storefront;

/**
 * The public complaint and feedback form (/gop-y). Stateless: each problem comes back beside its
 * field; once accepted, the sender is sent to their private page (/gop-y/{token}), which says
 * to keep the link. Accepted messages are limited per client address.
 */
@Named
@RequestScoped
public class FeedbackPage {

    @Inject
    ClientAddress clientAddress;
    @Inject
    FeedbackIntake intake;
    @Inject
    FeedbackLimiter limiter;
    @Inject
    MailSender mail;
    @Inject
    Storefront storefront;
    @Inject
    HttpServletRequest request;
    @Inject
    @ConfigProperty(name = "dacsan.complaints.working-days", defaultValue = "5")
    int workingDays;

    private String name;
    private String email;
    private String phone;
    private String subject;
    private String orderCode;
    private String product;
    private String message;
    private String error;
    private final FieldMessages errors = new FieldMessages();

    public void send() throws IOException {
        FeedbackForm form = new FeedbackForm(name, email, phone, subject, orderCode, product, message);
        SubmittedFeedback sent;
        try {
            intake.check(form, storefront.getLocale());
            limiter.acquire(clientAddress.of(request));
            sent = intake.submit(form, storefront.getLocale());
        } catch (InvalidDepartmentInput refused) {
            errors.putAll(refused.errors());
            error = storefront.text("dept.feedback.errors");
            return;
        } catch (TooManyFeedback busy) {
            error = storefront.text("dept.feedback.tooMany");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // "emailed" only when an address was given and mail is on: otherwise no email goes out
        boolean emailed = email != null && !email.isBlank() && mail.enabled();
        external.redirect(external.getRequestContextPath() + sent.path() + "?moi=" + (emailed ? "email" : "1"));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.has(field);
    }

    public String getError() {
        return error;
    }

    public List<String> getSubjects() {
        return List.of(FeedbackSubject.ORDER.name(), FeedbackSubject.LISTING.name(), FeedbackSubject.GENERAL.name());
    }

    public String getLead() {
        return storefront.text("dept.feedback.lead", workingDays);
    }

    public String getMessageHint() {
        return storefront.text("dept.feedback.messageHint", Feedback.MIN_MESSAGE, Feedback.MAX_MESSAGE);
    }

    public int getMessageMax() {
        return Feedback.MAX_MESSAGE;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getOrderCode() {
        return orderCode;
    }

    public void setOrderCode(String orderCode) {
        this.orderCode = orderCode;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
