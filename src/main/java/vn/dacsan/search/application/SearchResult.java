package vn.dacsan.search.application;

import java.util.List;
import java.util.Map;

/**
 * One page of products matching a search, with facet counts and a "did you mean".
 * {@code partial} is true when part of a SolrCloud index did not answer: the page and the
 * counts then cover only the rest, and the storefront says so. {@code fallback} is true when Solr
 * was down and the database answered (no facets, no ranking).
 */
public record SearchResult(long total, int page, int size, List<ProductHit> items,
                           Map<String, List<FacetCount>> facets, String suggestion, boolean partial, boolean fallback) {

    /** A complete result from Solr. */
    public SearchResult(long total, int page, int size, List<ProductHit> items,
                        Map<String, List<FacetCount>> facets, String suggestion) {
        this(total, page, size, items, facets, suggestion, false, false);
    }

    /** An answer from the database fallback. */
    public static SearchResult fromDatabase(long total, int page, int size, List<ProductHit> items) {
        return new SearchResult(total, page, size, items, Map.of(), null, false, true);
    }

    /** A product as a result card shows it. {@code stars} is null unless its certificate is valid now. */
    public record ProductHit(long id, String slug, String name, long priceVnd, String unit, Integer stars,
                             ProducerRef producer, String province, String commune, String group,
                             String image, int stock) {
    }

    public record ProducerRef(long id, String slug, String name, String kind) {
    }

    public record FacetCount(String value, long count) {
    }

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
