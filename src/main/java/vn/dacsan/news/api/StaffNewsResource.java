package vn.dacsan.news.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.listing.api.Callers;
import vn.dacsan.media.MediaUploads;
import vn.dacsan.media.StoredUpload;
import vn.dacsan.media.UploadPurpose;
import vn.dacsan.news.application.ArticleDraft;
import vn.dacsan.news.application.NewsDesk;
import vn.dacsan.news.application.NewsRules;
import vn.dacsan.news.application.StaffArticle;

/** The news desk over HTTP Basic (STAFF or ADMIN accounts): write, schedule, publish, archive. */
@Path("/v1/staff/news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StaffNewsResource {

    @Inject
    NewsDesk desk;
    @Inject
    Callers callers;
    @Inject
    MediaUploads uploads;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    /** {"publishAt": "2026-12-01T08:00:00+07:00"} */
    public record ScheduleBody(String publishAt) {
    }

    @POST
    @Path("cover")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a cover picture (multipart field \"file\": JPEG, PNG, WebP); put the answer's key in coverKey")
    public Response cover(@FormParam("file") EntityPart file) throws IOException {
        callers.staff(security);
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getContent()) {
            StoredUpload stored = uploads.accept(in, file == null ? "" : file.getFileName().orElse(""), UploadPurpose.NEWS_COVER);
            return Response.status(201).entity(stored).build();
        }
    }

    @GET
    @Operation(summary = "Every article, newest change first, in any state")
    public List<StaffArticle> list() {
        return desk.list(callers.staff(security));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article in any state, with its log")
    public StaffArticle article(@PathParam("id") long id) {
        return desk.details(callers.staff(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a draft; an empty slug is made from the title; 422 lists invalid fields, 409 a slug in use")
    public Response create(ArticleDraft draft) {
        AccountProfile staff = callers.staff(security);
        long id = desk.create(staff, orEmpty(draft), language());
        return Response.status(201).entity(desk.details(staff, id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an article's content (not an archived one)")
    public StaffArticle update(@PathParam("id") long id, ArticleDraft draft) {
        AccountProfile staff = callers.staff(security);
        desk.update(staff, id, orEmpty(draft), language());
        return desk.details(staff, id);
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish at a future moment (ISO date-time with offset)")
    public StaffArticle schedule(@PathParam("id") long id, ScheduleBody body) {
        AccountProfile staff = callers.staff(security);
        desk.schedule(staff, id, instant(body == null ? null : body.publishAt()), language());
        return desk.details(staff, id);
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft or scheduled article now")
    public StaffArticle publish(@PathParam("id") long id) {
        AccountProfile staff = callers.staff(security);
        desk.publish(staff, id);
        return desk.details(staff, id);
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Take an article off the site, keeping it and its log")
    public StaffArticle archive(@PathParam("id") long id) {
        AccountProfile staff = callers.staff(security);
        desk.archive(staff, id);
        return desk.details(staff, id);
    }

    private Instant instant(String value) {
        if (value == null || value.isBlank()) {
            new NewsRules.Errors(language()).add("publishAt", "required").throwIfAny();
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            new NewsRules.Errors(language()).add("publishAt", "datetime").throwIfAny();
            throw e;
        }
    }

    private static ArticleDraft orEmpty(ArticleDraft draft) {
        return draft == null ? new ArticleDraft(null, null, null, null, null, null, null, null, null) : draft;
    }

    private Locale language() {
        return Callers.language(headers);
    }
}
