package vn.dacsan.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dacsan.catalog.application.ProductCatalog;
import vn.dacsan.catalog.application.ProductDetails;
import vn.dacsan.search.application.StorefrontSearch;
import vn.dacsan.search.application.SearchRequest;
import vn.dacsan.search.application.SearchResult;
import vn.dacsan.search.application.SearchUnavailableException;

/** The home page: featured products, OCOP groups, star levels and regions, with live counts. */
@Named
@RequestScoped
public class HomePage {

    private static final int FEATURED = 8;

    @Inject
    StorefrontSearch search;
    @Inject
    ProductCatalog catalog;

    private SearchResult overview;
    private boolean unavailable;
    private List<ProductDetails.GroupRef> groups;

    public void load() {
        try {
            overview = search.search(SearchRequest.browse(FEATURED));
        } catch (SearchUnavailableException e) {
            unavailable = true;
        }
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public List<SearchResult.ProductHit> getFeatured() {
        return overview == null ? List.of() : overview.items();
    }

    public long getTotal() {
        return overview == null ? 0 : overview.total();
    }

    public List<ProductDetails.GroupRef> getGroups() {
        if (groups == null) {
            groups = catalog.currentGroups();
        }
        return groups;
    }

    public long groupCount(String slug) {
        return count("group", slug);
    }

    public List<SearchResult.FacetCount> getStars() {
        return facet("stars");
    }

    public List<SearchResult.FacetCount> getRegions() {
        return facet("province");
    }

    public String regionName(String code) {
        return search.vocabulary().label("province", code, false);
    }

    private List<SearchResult.FacetCount> facet(String name) {
        return overview == null ? List.of() : overview.facets().getOrDefault(name, List.of());
    }

    private long count(String facet, String value) {
        Map<String, Long> counts = facet(facet).stream()
                .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
        return counts.getOrDefault(value, 0L);
    }
}
