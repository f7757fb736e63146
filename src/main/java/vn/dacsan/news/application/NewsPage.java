package vn.dacsan.news.application;

import java.util.List;

/** One page of published articles, newest first. {@code page} counts from 1. */
public record NewsPage(List<ArticleSummary> items, long total, int page, int size, String tag) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
