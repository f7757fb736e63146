package vn.dacsan.news.domain;

import java.util.Set;

/**
 * What staff write: checked text (title and summary plain, body already sanitised), the cover's
 * storage key, tags and the ids of the products, producers and events it links.
 */
public record ArticleContent(String slug, String title, String summary, String body, String coverKey,
                             Set<String> tags, Set<Long> productIds, Set<Long> producerIds, Set<Long> eventIds) {

    public ArticleContent {
        tags = Set.copyOf(tags);
        productIds = Set.copyOf(productIds);
        producerIds = Set.copyOf(producerIds);
        eventIds = Set.copyOf(eventIds);
    }
}
