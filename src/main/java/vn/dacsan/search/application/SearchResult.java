package vn.dacsan.search.application;

import java.util.List;
import java.util.Map;

/** One page of products matching a search, with facet counts and a "did you mean". */
public record SearchResult(long total, int page, int size, List<ProductHit> items,
                           Map<String, List<FacetCount>> facets, String suggestion) {

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
