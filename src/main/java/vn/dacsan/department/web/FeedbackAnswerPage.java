package vn.dacsan.department.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.dacsan.department.application.FeedbackAnswer;
import vn.dacsan.department.application.FeedbackIntake;
import vn.dacsan.department.application.UnknownFeedback;
import vn.dacsan.platform.web.SiteAddress;

/** The sender's private page (/gop-y/{token}): what they sent, where it stands, the reply. */
@Named
@RequestScoped
public class FeedbackAnswerPage {

    @Inject
    FeedbackIntake intake;
    @Inject
    HttpServletRequest request;
    @Inject
    SiteAddress site;

    private FeedbackAnswer answer;

    public void load() {
        Object token = request.getAttribute("slug");
        try {
            answer = token == null ? null : intake.answer(token.toString());
        } catch (UnknownFeedback unknown) {
            answer = null;
        }
        if (answer == null) {
            DepartmentPages.notFound();
        }
    }

    public FeedbackAnswer getAnswer() {
        return answer;
    }

    /** Just sent: "1", or "email" when the link was emailed too. */
    public String getJustSent() {
        String fresh = request.getParameter("moi");
        return "1".equals(fresh) || "email".equals(fresh) ? fresh : "";
    }

    /** The page's own address, to copy and keep. */
    public String getLink() {
        Object token = request.getAttribute("slug");
        return site.absolute(request, "/gop-y/" + token);
    }
}
