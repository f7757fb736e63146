package vn.dacsan.department.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.department.application.FeedbackAnswer;
import vn.dacsan.department.application.FeedbackForm;
import vn.dacsan.department.application.FeedbackIntake;
import vn.dacsan.department.application.FeedbackLimiter;
import vn.dacsan.department.application.SubmittedFeedback;
import vn.dacsan.listing.api.Callers;
import vn.dacsan.platform.api.Problem;
import vn.dacsan.platform.web.ClientAddress;
import vn.dacsan.platform.web.SiteAddress;

/**
 * Complaints and feedback over JSON, for anyone: send one (201 with the private link to keep),
 * read one by that link's token. Sending is limited per client address.
 */
@Path("/v1/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FeedbackResource {

    @Inject
    ClientAddress clientAddress;
    @Inject
    FeedbackIntake intake;
    @Inject
    FeedbackLimiter limiter;
    @Inject
    SiteAddress site;
    @Context
    HttpHeaders headers;
    @Context
    HttpServletRequest request;

    /** The answer to a complaint just sent: the private page, its API twin, the due date. */
    public record Sent(String link, String api, String token, LocalDate dueOn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send feedback or a complaint (subject ORDER with orderCode and phone, LISTING with product, or GENERAL);"
            + " 201 with the private link, 422 naming each invalid field, 429 when sending too often")
    public Response send(FeedbackForm body) {
        if (body == null) {
            return Problem.response(400, "Missing body", "Send the feedback as a JSON object", null);
        }
        Locale locale = Callers.language(headers);
        intake.check(body, locale);
        limiter.acquire(clientAddress.of(request));
        SubmittedFeedback sent = intake.submit(body, locale);
        String api = site.absolute(request, "/api/v1/feedback/" + sent.token());
        return Response.created(URI.create(api))
                .entity(new Sent(site.absolute(request, sent.path()), api, sent.token(), sent.dueOn())).build();
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "A complaint by its private token: what was sent, its status, due date and the reply")
    public FeedbackAnswer read(@PathParam("token") String token) {
        return intake.answer(token);
    }
}
