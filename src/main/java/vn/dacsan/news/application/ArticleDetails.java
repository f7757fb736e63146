package vn.dacsan.news.application;

import java.time.Instant;
import java.util.List;
import vn.dacsan.catalog.application.ProductCard;

/**
 * A published article as readers see it: the sanitised body, and only what it links that is
 * public now (live products, verified producers); a product withdrawn later drops out.
 */
public record ArticleDetails(long id, String slug, String title, String summary, String body, String cover,
                             List<String> tags, Instant publishedAt, Instant updatedAt, List<ProductCard> products,
                             List<ProducerLink> producers, List<EventView> events) {

    public record ProducerLink(long id, String slug, String name) {
    }
}
