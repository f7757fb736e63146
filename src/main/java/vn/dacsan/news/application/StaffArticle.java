package vn.dacsan.news.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An article as the news desk sees it: any state, the raw links, and its log. */
public record StaffArticle(long id, String slug, String title, String summary, String body, String coverKey,
                           List<String> tags, List<Long> productIds, List<Long> producerIds, List<Long> eventIds,
                           String state, Instant publishAt, Instant publishedAt, Instant updatedAt, List<LogLine> log)
        implements Serializable {

    public record LogLine(String action, String actor, Instant at, String detail) implements Serializable {
    }
}
