package vn.dacsan.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dacsan.platform.web.Storefront;
import vn.dacsan.search.application.InvalidSearchRequestException;
import vn.dacsan.search.application.PriceRange;
import vn.dacsan.search.application.StorefrontSearch;
import vn.dacsan.search.application.SearchRequest;
import vn.dacsan.search.application.SearchResult;
import vn.dacsan.search.application.SearchSort;
import vn.dacsan.search.application.SearchUnavailableException;
import vn.dacsan.search.application.SearchVocabulary;

/** The search results page (/tim-kiem): results, facets with counts, sort, paging, did-you-mean. */
@Named
@RequestScoped
public class ProductSearchPage {

    private static final List<String> PARAMS = List.of("q", "group", "stars", "province", "commune", "kind",
            "minPrice", "maxPrice", "sort", "page");

    @Inject
    StorefrontSearch search;
    @Inject
    Storefront storefront;
    @Inject
    HttpServletRequest request;

    private SearchRequest searchRequest;
    private SearchResult result;
    private String problem;
    private boolean unavailable;
    private List<Facet> facets;
    private Map<String, String> parameters;

    /** A facet value as a link that adds (or, when selected, removes) the filter. */
    public record FacetLink(String label, long count, String url, boolean selected) {
    }

    /** A facet block: heading and its links. */
    public record Facet(String name, String title, List<FacetLink> links) {
    }

    /** A sort or pager link; a null class, aria-current or rel is left out. */
    public record NavLink(String label, String url, String cssClass, String current, String rel) {
    }

    public void load() {
        try {
            searchRequest = SearchRequest.parse(request::getParameter, search.settings());
            result = search.search(searchRequest);
        } catch (InvalidSearchRequestException e) {
            problem = storefront.text("search.invalid", e.getMessage());
            HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
            response.setStatus(400);
        } catch (SearchUnavailableException e) {
            unavailable = true;
            HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
            response.setStatus(503);
        }
    }

    public String getQuery() {
        return searchRequest == null ? request.getParameter("q") : searchRequest.text();
    }

    public SearchResult getResult() {
        return result;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** Whether Solr answered the products: when it did not, it is not asked for the news group either. */
    public boolean isAnsweredBySolr() {
        return result != null && !result.fallback();
    }

    public String getSort() {
        return searchRequest == null ? SearchSort.RELEVANCE.key() : searchRequest.sort().key();
    }

    /** One link per sort order, the current one marked. */
    public List<NavLink> getSortLinks() {
        String current = getSort();
        List<NavLink> links = new ArrayList<>();
        for (SearchSort sort : SearchSort.values()) {
            boolean selected = sort.key().equals(current);
            links.add(new NavLink(storefront.text("sort." + sort.key()), sortUrl(sort), selected ? "selected" : null,
                    selected ? "true" : "false", null));
        }
        return links;
    }

    public List<Facet> getFacets() {
        if (facets == null) {
            facets = result == null ? List.of() : facets();
        }
        return facets;
    }

    private List<Facet> facets() {
        boolean en = storefront.isEnglish();
        SearchVocabulary vocabulary = search.vocabulary();
        List<Facet> built = new ArrayList<>();
        for (String name : List.of("group", "stars", "province", "commune", "kind", "price")) {
            List<FacetLink> links = new ArrayList<>();
            for (SearchResult.FacetCount count : result.facets().getOrDefault(name, List.of())) {
                links.add(link(name, count, label(name, count.value(), vocabulary, en)));
            }
            if (!links.isEmpty()) {
                built.add(new Facet(name, storefront.text("facet." + name), links));
            }
        }
        return built;
    }

    private String label(String facet, String value, SearchVocabulary vocabulary, boolean en) {
        return switch (facet) {
            case "stars" -> storefront.text("stars.label", value);
            case "kind" -> storefront.kindName(value);
            case "price" -> priceLabel(value);
            default -> vocabulary.label(facet, value, en);
        };
    }

    private String priceLabel(String key) {
        for (PriceRange range : PriceRange.BUCKETS) {
            if (range.key().equals(key)) {
                return range.maxExclusive() == null
                        ? storefront.text("price.from", storefront.vnd(range.min()))
                        : storefront.vnd(range.min()) + " – " + storefront.vnd(range.maxExclusive());
            }
        }
        return key;
    }

    private FacetLink link(String facet, SearchResult.FacetCount count, String label) {
        Map<String, String> params = current();
        params.remove("page");
        boolean selected;
        if ("price".equals(facet)) {
            PriceRange range = PriceRange.BUCKETS.stream().filter(r -> r.key().equals(count.value())).findFirst().orElseThrow();
            String min = String.valueOf(range.min());
            String max = range.maxExclusive() == null ? null : String.valueOf(range.maxExclusive() - 1);
            selected = min.equals(params.get("minPrice")) && java.util.Objects.equals(max, params.get("maxPrice"));
            params.put("minPrice", selected ? null : min);
            params.put("maxPrice", selected ? null : max);
        } else {
            selected = count.value().equals(params.get(facet));
            params.put(facet, selected ? null : count.value());
        }
        return new FacetLink(label, count.count(), storefront.searchUrl(params), selected);
    }

    /** The current parameters, to build links that change one of them. */
    private Map<String, String> current() {
        if (parameters == null) {
            // read once: the page builds dozens of links, and each read goes through the forwarded request
            parameters = new LinkedHashMap<>();
            for (String name : PARAMS) {
                parameters.put(name, request.getParameter(name));
            }
        }
        return new LinkedHashMap<>(parameters);
    }

    String sortUrl(SearchSort sort) {
        Map<String, String> params = current();
        params.remove("page");
        params.put("sort", sort == SearchSort.RELEVANCE ? null : sort.key());
        return storefront.searchUrl(params);
    }

    String pageUrl(long page) {
        Map<String, String> params = current();
        params.put("page", page == 1 ? null : String.valueOf(page));
        return storefront.searchUrl(params);
    }

    public String suggestionUrl() {
        Map<String, String> params = current();
        params.remove("page");
        params.put("q", result.suggestion());
        return storefront.searchUrl(params);
    }

    public String clearUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", getQuery());
        return storefront.searchUrl(params);
    }

    public boolean isFiltered() {
        return searchRequest != null && (searchRequest.group() != null || searchRequest.stars() != null
                || searchRequest.province() != null || searchRequest.commune() != null || searchRequest.kind() != null
                || searchRequest.minPrice() != null || searchRequest.maxPrice() != null);
    }

    /** Previous, the page numbers around the current one, next; empty for a single page. */
    public List<NavLink> getPagerLinks() {
        List<NavLink> links = new ArrayList<>();
        if (result == null || result.pages() <= 1) {
            return links;
        }
        if (result.page() > 1) {
            links.add(new NavLink(storefront.text("search.previous"), pageUrl(result.page() - 1), null, null, "prev"));
        }
        for (long n : getPageNumbers()) {
            boolean selected = n == result.page();
            links.add(new NavLink(String.valueOf(n), pageUrl(n), selected ? "selected" : null, selected ? "page" : "false", null));
        }
        if (hasNextPage()) {
            links.add(new NavLink(storefront.text("search.next"), pageUrl(result.page() + 1), null, null, "next"));
        }
        return links;
    }

    /** Page numbers to offer around the current one. */
    public List<Long> getPageNumbers() {
        List<Long> pages = new ArrayList<>();
        if (result == null) {
            return pages;
        }
        long last = Math.min(result.pages(), 10_000 / Math.max(1, result.size()));
        long from = Math.max(1, result.page() - 3);
        long to = Math.min(last, result.page() + 3);
        for (long p = from; p <= to; p++) {
            pages.add(p);
        }
        return pages;
    }

    public boolean hasNextPage() {
        return result != null && result.page() < Math.min(result.pages(), 10_000 / Math.max(1, result.size()));
    }
}
