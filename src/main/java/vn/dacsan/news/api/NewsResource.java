package vn.dacsan.news.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.dacsan.news.application.ArticleDetails;
import vn.dacsan.news.application.ArticleSummary;
import vn.dacsan.news.application.EventView;
import vn.dacsan.news.application.NewsPage;
import vn.dacsan.news.application.NewsReader;
import vn.dacsan.platform.api.Problem;
import vn.dacsan.search.application.NewsHit;
import vn.dacsan.search.application.NewsSearchService;

/** Public news API: published articles (a page, by tag, or found by words), one by its slug, events by dates. */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NewsResource {

    /** The longest span of dates one events request may cover. */
    static final int MAX_EVENT_DAYS = 400;

    @Inject
    NewsReader reader;
    @Inject
    NewsSearchService search;

    public record NewsList(long total, int page, int size, String tag, List<ArticleSummary> items) {
    }

    public record NewsMatches(String q, int page, List<NewsHit> items) {
    }

    @GET
    @Path("/news")
    @Operation(summary = "Published articles, newest first; with q, those matching the words (diacritics optional)")
    public Object news(@Parameter(description = "topic, e.g. hội chợ") @QueryParam("tag") String tag,
                       @Parameter(description = "search words") @QueryParam("q") String q,
                       @Parameter(description = "from 1") @QueryParam("page") @DefaultValue("1") String page) {
        int number = page(page);
        if (q != null && !q.isBlank()) {
            return new NewsMatches(q, number, search.search(q, number, reader.pageSize()));
        }
        NewsPage found = reader.page(tag, number);
        return new NewsList(found.total(), found.page(), found.size(), found.tag(), found.items());
    }

    @GET
    @Path("/news/{slug}")
    @Operation(summary = "One published article with its live products, verified producers and events")
    public ArticleDetails article(@PathParam("slug") String slug) {
        return reader.article(slug).orElseThrow(() -> new NotFoundException("No published article " + slug));
    }

    @GET
    @Path("/events")
    @Operation(summary = "Trade fairs and campaigns running on any day from..to (ISO dates; default: the next 90 days)")
    public List<EventView> events(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = from == null || from.isBlank() ? reader.today() : date(from, "from");
        LocalDate end = to == null || to.isBlank() ? start.plusDays(90) : date(to, "to");
        if (end.isBefore(start)) {
            throw new WebApplicationException(Problem.response(400, "Invalid parameter", "to must not be before from", "to"));
        }
        if (start.plusDays(MAX_EVENT_DAYS).isBefore(end)) {
            throw new WebApplicationException(Problem.response(400, "Invalid parameter",
                    "from..to may span at most " + MAX_EVENT_DAYS + " days", "to"));
        }
        return reader.events(start, end);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.response(400, "Invalid parameter",
                    name + " must be a date like 2026-12-01", name));
        }
    }

    private static int page(String value) {
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= 10_000) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new WebApplicationException(Problem.response(400, "Invalid parameter", "page must be a whole number from 1", "page"));
    }
}
