package vn.dacsan.news.application;

import java.util.List;

/** An article as staff type it (form or JSON); checked by {@link NewsRules} before anything is saved. */
public record ArticleDraft(String slug, String title, String summary, String body, String coverKey,
                           List<String> tags, List<Long> productIds, List<Long> producerIds, List<Long> eventIds) {

    public ArticleDraft {
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null).toList();
        productIds = productIds == null ? List.of() : productIds.stream().filter(i -> i != null).toList();
        producerIds = producerIds == null ? List.of() : producerIds.stream().filter(i -> i != null).toList();
        eventIds = eventIds == null ? List.of() : eventIds.stream().filter(i -> i != null).toList();
    }
}
