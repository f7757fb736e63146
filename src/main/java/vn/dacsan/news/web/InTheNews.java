package vn.dacsan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dacsan.news.application.ArticleSummary;
import vn.dacsan.news.application.NewsReader;

/** "In the news" links on product and producer pages: published articles that link them. */
@Named
@RequestScoped
public class InTheNews {

    @Inject
    NewsReader reader;

    public List<ArticleSummary> forProduct(long productId) {
        return reader.aboutProduct(productId);
    }

    public List<ArticleSummary> forProducer(long producerId) {
        return reader.aboutProducer(producerId);
    }
}
