package vn.dacsan.news.application;

import java.time.Instant;
import java.util.List;

/** A published article in a list, the feed or an "in the news" box. {@code cover} is a /media/ path or null. */
public record ArticleSummary(long id, String slug, String title, String summary, String cover, List<String> tags,
                             Instant publishedAt, Instant updatedAt) {
}
