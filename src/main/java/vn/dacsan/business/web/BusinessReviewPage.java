package vn.dacsan.business.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongConsumer;
import vn.dacsan.business.application.BusinessAlreadyDecided;
import vn.dacsan.business.application.BusinessOnboarding;
import vn.dacsan.business.application.DecidedBusiness;
import vn.dacsan.business.application.FieldError;
import vn.dacsan.business.application.InvalidBusinessInput;
import vn.dacsan.business.application.PendingBusiness;
import vn.dacsan.business.application.UnknownBusiness;
import vn.dacsan.platform.web.Storefront;

/**
 * The staff page for business registrations (/quan-ly/doanh-nghiep): the pending queue, oldest
 * first, with Verify and Reject (with a reason). Each decision names its business by id in the
 * form, never by its row, so a queue that changed meanwhile cannot redirect a click; a business
 * someone else decided first gets a clear message instead of a second decision. The page is
 * stateless, so a button on a row that has since left the queue fires nothing; that is noticed
 * and explained too.
 */
@Named
@RequestScoped
public class BusinessReviewPage {

    static final String PATH = "/quan-ly/doanh-nghiep";
    static final int RECENT = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    BusinessOnboarding onboarding;
    @Inject
    Storefront storefront;
    @Inject
    SecurityContext security;
    @Inject
    HttpServletRequest request;
    @Inject
    Clock clock;

    private List<PendingBusiness> pending;
    private List<DecidedBusiness> recent;
    private String error;
    private Long refusedId;
    private String reasonError;
    private boolean attempted;

    public void verify() throws IOException {
        decide(id -> onboarding.verify(id, staffEmail()));
    }

    public void reject() throws IOException {
        decide(id -> onboarding.reject(id, staffEmail(), request.getParameter("reason")));
    }

    private void decide(LongConsumer decision) throws IOException {
        attempted = true;
        Long id = postedId();
        if (id == null) {
            error = storefront.text("review.unknown");
            return;
        }
        if (!fromThisSite()) {
            error = storefront.text("review.foreignOrigin");
            return;
        }
        try {
            decision.accept(id);
        } catch (BusinessAlreadyDecided decided) {
            error = storefront.text("review.conflict", decided.producerName(), decidedText(decided));
            return;
        } catch (UnknownBusiness unknown) {
            error = storefront.text("review.unknown");
            return;
        } catch (InvalidBusinessInput refused) {
            FieldError first = refused.errors().get(0);
            refusedId = id;
            reasonError = storefront.text(first.messageKey(), first.messageArguments());
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PATH + "?xong=" + id);
    }

    private String decidedText(BusinessAlreadyDecided decided) {
        String outcome = storefront.text("review.decided." + decided.status().name());
        return decided.decidedBy() == null ? outcome
                : outcome + " " + storefront.text("review.decidedBy", decided.decidedBy(), when(decided.decidedAt()));
    }

    private Long postedId() {
        try {
            return Long.valueOf(request.getParameter("producerId"));
        } catch (NumberFormatException | NullPointerException missing) {
            return null;
        }
    }

    /**
     * Browsers say where a POST comes from; a decision posted by another site's page (a forged
     * form riding on a staff login) is refused. Clients that send no Origin are not browsers.
     */
    private boolean fromThisSite() {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private String staffEmail() {
        return security.getCallerPrincipal().getName();
    }

    /** The outcome of the decision just taken (after the redirect), or empty. */
    public String getNotice() {
        String decided = request.getParameter("xong");
        if (decided == null || !decided.matches("\\d{1,18}")) {
            return "";
        }
        return onboarding.decision(Long.parseLong(decided))
                .map(d -> storefront.text("review.done." + d.status().name(), d.name()))
                .orElse("");
    }

    public List<PendingBusiness> getPending() {
        if (pending == null) {
            pending = onboarding.pending();
        }
        return pending;
    }

    /** For the link from the staff area's front page. */
    public long getPendingCount() {
        return pending != null ? pending.size() : onboarding.pendingCount();
    }

    public List<DecidedBusiness> getRecent() {
        if (recent == null) {
            recent = onboarding.recentlyDecided(RECENT);
        }
        return recent;
    }

    public String getError() {
        if (error == null && !attempted && "POST".equals(request.getMethod()) && postedId() != null) {
            // a decision was posted but its row no longer exists in the rebuilt queue
            error = onboarding.decision(postedId())
                    .map(d -> storefront.text("review.conflict", d.name(), storefront.text("review.decided." + d.status().name())
                            + " " + storefront.text("review.decidedBy", d.decidedBy(), when(d.decidedAt()))))
                    .orElseGet(() -> storefront.text("review.listChanged"));
        }
        return error;
    }

    /** The reason typed for a rejection that was refused, so it is not lost. */
    public String reasonFor(long producerId) {
        return refusedId != null && refusedId == producerId ? request.getParameter("reason") : "";
    }

    public String reasonErrorFor(long producerId) {
        return refusedId != null && refusedId == producerId ? reasonError : "";
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    public int getReasonMax() {
        return BusinessOnboarding.REASON_MAX;
    }
}
