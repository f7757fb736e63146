package vn.dacsan.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.dacsan.catalog.application.ProductCatalog;
import vn.dacsan.news.application.ArticleSummary;
import vn.dacsan.news.application.NewsReader;
import vn.dacsan.platform.web.SiteAddress;

/** sitemap.xml (home, news, events, every live product, verified producer and published article) and robots.txt. */
@WebServlet(urlPatterns = {"/sitemap.xml", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Inject
    ProductCatalog catalog;
    @Inject
    SiteAddress site;
    @Inject
    NewsReader news;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = site.base(request);
        if (request.getServletPath().equals("/robots.txt")) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print("User-agent: *\nDisallow: /api/\nDisallow: /tim-kiem?*page=\nSitemap: "
                    + base + "/sitemap.xml\n");
            return;
        }
        response.setContentType("application/xml;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        out.println("<url><loc>" + base + "/</loc></url>");
        for (ProductCatalog.SitemapEntry entry : catalog.sitemap()) {
            String path = entry.kind().equals("product") ? "/san-pham/" : "/nha-san-xuat/";
            out.println("<url><loc>" + base + path + entry.slug() + "</loc><lastmod>"
                    + DAY.format(entry.updatedAt()) + "</lastmod></url>");
        }
        out.println("<url><loc>" + base + "/tin-tuc</loc></url>");
        out.println("<url><loc>" + base + "/su-kien</loc></url>");
        for (ArticleSummary article : news.sitemap()) {
            out.println("<url><loc>" + base + "/tin-tuc/" + article.slug() + "</loc><lastmod>"
                    + DAY.format(article.updatedAt()) + "</lastmod></url>");
        }
        out.println("</urlset>");
    }
}
