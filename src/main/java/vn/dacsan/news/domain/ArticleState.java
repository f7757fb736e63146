package vn.dacsan.news.domain;

/** Where an article stands: only PUBLISHED articles reach readers, the feed, the sitemap and search. */
public enum ArticleState {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED
}
