package vn.dacsan.search.application;

import java.time.Instant;
import java.util.List;

/** A published article found by a search. */
public record NewsHit(String slug, String title, String summary, String cover, List<String> tags, Instant publishedAt) {
}
