package vn.dacsan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dacsan.search.application.InvalidSearchRequestException;
import vn.dacsan.search.application.NewsHit;
import vn.dacsan.search.application.NewsSearchService;
import vn.dacsan.search.application.SearchUnavailableException;

/** The news group on the storefront search page: a few articles matching the shopper's words. */
@Named
@RequestScoped
public class NewsMatches {

    private static final int SHOWN = 5;

    @Inject
    NewsSearchService search;

    private List<NewsHit> hits;

    public List<NewsHit> forQuery(String query) {
        if (hits == null) {
            try {
                hits = search.search(query, 1, SHOWN);
            } catch (SearchUnavailableException | InvalidSearchRequestException e) {
                // the product results already say what went wrong; the news group just stays empty
                hits = List.of();
            }
        }
        return hits;
    }
}
