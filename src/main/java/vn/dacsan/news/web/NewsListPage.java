package vn.dacsan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.dacsan.news.application.NewsPage;
import vn.dacsan.news.application.NewsReader;
import vn.dacsan.platform.web.Storefront;

/** The news list (/tin-tuc?tag=…&page=…): published articles, newest first, ten to a page. */
@Named
@RequestScoped
public class NewsListPage {

    @Inject
    NewsReader reader;
    @Inject
    HttpServletRequest request;

    private NewsPage page;
    private List<String> tags;

    public NewsPage getPage() {
        if (page == null) {
            page = reader.page(request.getParameter("tag"), number(request.getParameter("page")));
        }
        return page;
    }

    public List<String> getTags() {
        if (tags == null) {
            tags = reader.tags();
        }
        return tags;
    }

    public String tagUrl(String tag) {
        return request.getContextPath() + "/tin-tuc" + (tag == null ? "" : "?tag=" + Storefront.encode(tag));
    }

    public String pageUrl(int number) {
        String tag = getPage().tag();
        return request.getContextPath() + "/tin-tuc?" + (tag == null ? "" : "tag=" + Storefront.encode(tag) + "&") + "page=" + number;
    }

    private static int number(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
