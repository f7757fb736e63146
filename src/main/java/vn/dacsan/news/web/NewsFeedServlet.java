package vn.dacsan.news.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.news.application.ArticleSummary;
import vn.dacsan.news.application.NewsReader;
import vn.dacsan.platform.web.SiteAddress;

/** The Atom 1.0 feed of published articles (/tin-tuc/feed.atom), newest first. */
@WebServlet(urlPatterns = "/tin-tuc/feed.atom")
public class NewsFeedServlet extends HttpServlet {

    @Inject
    NewsReader reader;
    @Inject
    SiteAddress site;
    @Inject
    @ConfigProperty(name = "dacsan.platform.name")
    String platformName;
    @Inject
    @ConfigProperty(name = "dacsan.department.name")
    String departmentName;
    @Inject
    @ConfigProperty(name = "dacsan.news.feed-size", defaultValue = "20")
    int feedSize;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ArticleSummary> articles = reader.latest(feedSize);
        String base = site.base(request);
        response.setContentType("application/atom+xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            AtomFeed.write(out, new AtomFeed.Channel(base, platformName, departmentName), articles);
        }
    }
}
