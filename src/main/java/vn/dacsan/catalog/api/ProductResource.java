package vn.dacsan.catalog.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.dacsan.catalog.application.ProductCatalog;
import vn.dacsan.catalog.application.ProductDetails;
import vn.dacsan.media.MediaUrls;
import vn.dacsan.search.application.StorefrontSearch;
import vn.dacsan.search.application.SearchRequest;
import vn.dacsan.search.application.SearchResult;
import vn.dacsan.search.application.Suggestion;

/** Public catalogue API: search live products, read one by its slug, autocomplete. */
@Path("/v1")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProductResource {

    @Inject
    StorefrontSearch search;
    @Inject
    ProductCatalog catalog;

    /** {@code fallback}: Solr was down and the database answered (simpler matching, no facets). */
    public record ProductList(long total, int page, int size, List<Item> items,
                              Map<String, List<SearchResult.FacetCount>> facets, String suggestion,
                              boolean partial, boolean fallback) {
    }

    public record Item(long id, String slug, String name, long priceVnd, String unit, Integer stars, Producer producer,
                       String province, String commune, String group, String image, int stock) {
    }

    public record Producer(long id, String slug, String name, String kind) {
    }

    @GET
    @Path("/products")
    @Operation(summary = "Search live products",
            description = "Vietnamese full-text search (with or without diacritics), facet filters, sort and paging. "
                    + "An empty q lists the whole live catalogue.")
    public ProductList products(
            @Parameter(description = "search text") @QueryParam("q") String q,
            @Parameter(description = "OCOP group slug, e.g. thuc-pham") @QueryParam("group") String group,
            @Parameter(description = "3, 4 or 5 (valid certificates only)") @QueryParam("stars") String stars,
            @Parameter(description = "province code, e.g. vinh-long") @QueryParam("province") String province,
            @Parameter(description = "commune code") @QueryParam("commune") String commune,
            @Parameter(description = "ENTERPRISE, COOPERATIVE, COOPERATIVE_GROUP or HOUSEHOLD") @QueryParam("kind") String kind,
            @Parameter(description = "whole VND") @QueryParam("minPrice") String minPrice,
            @Parameter(description = "whole VND") @QueryParam("maxPrice") String maxPrice,
            @Parameter(description = "relevance, price_asc, price_desc or newest") @QueryParam("sort") String sort,
            @Parameter(description = "from 1") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 24") @QueryParam("size") String size) {
        Map<String, String> params = new HashMap<>();
        params.put("q", q);
        params.put("group", group);
        params.put("stars", stars);
        params.put("province", province);
        params.put("commune", commune);
        params.put("kind", kind);
        params.put("minPrice", minPrice);
        params.put("maxPrice", maxPrice);
        params.put("sort", sort);
        params.put("page", page);
        params.put("size", size);
        SearchRequest request = SearchRequest.parse(params::get, search.settings());
        SearchResult result = search.search(request);
        return new ProductList(result.total(), result.page(), result.size(),
                result.items().stream().map(ProductResource::item).toList(), result.facets(), result.suggestion(),
                result.partial(), result.fallback());
    }

    @GET
    @Path("/products/{slug}")
    @Operation(summary = "One live product with its certificate and producer")
    public ProductDetails product(@PathParam("slug") String slug) {
        return catalog.liveProduct(slug)
                .orElseThrow(() -> new NotFoundException("No live product with the address '" + shorten(slug) + "'"));
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Completions for what has been typed so far")
    public List<Suggestion> suggest(@QueryParam("q") String q) {
        return search.suggest(q);
    }

    private static Item item(SearchResult.ProductHit hit) {
        return new Item(hit.id(), hit.slug(), hit.name(), hit.priceVnd(), hit.unit(), hit.stars(),
                new Producer(hit.producer().id(), hit.producer().slug(), hit.producer().name(), hit.producer().kind()),
                hit.province(), hit.commune(), hit.group(), MediaUrls.of(hit.image()), hit.stock());
    }

    private static String shorten(String text) {
        String visible = text.replaceAll("\\p{Cc}", "?");
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }
}
