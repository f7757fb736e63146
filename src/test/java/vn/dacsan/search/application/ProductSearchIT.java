package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dacsan.search.application.SearchResult.FacetCount;
import vn.dacsan.search.application.SearchResult.ProductHit;

/** Facets, filters, sorting, paging, did-you-mean, autocomplete and certificate validity on real Solr. */
class ProductSearchIT {

    private static SearchFixture fixture;
    private static ProductSearchService search;

    @BeforeAll
    static void indexDemoCatalogue() {
        fixture = new SearchFixture().withDemoCatalogue();
        search = fixture.search();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static SearchResult search(Map<String, String> params) {
        return search(search, params);
    }

    private static SearchResult search(ProductSearchService service, Map<String, String> params) {
        return service.search(SearchRequest.parse(params::get, SearchSettings.DEFAULTS));
    }

    private static long count(SearchResult result, String facet, String value) {
        return result.facets().get(facet).stream().filter(f -> f.value().equals(value))
                .mapToLong(FacetCount::count).findFirst().orElse(0);
    }

    @Test
    void browsingShowsTheWholeLiveCatalogueWithFacetCounts() {
        SearchResult all = search(Map.of());
        assertThat(all.total()).isGreaterThanOrEqualTo(60);
        assertThat(all.facets().get("group")).extracting(FacetCount::value)
                .contains("thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe", "sinh-vat-canh", "du-lich");
        assertThat(all.facets().get("group").stream().mapToLong(FacetCount::count).sum()).isEqualTo(all.total());
        assertThat(all.facets().get("kind")).extracting(FacetCount::value)
                .contains("ENTERPRISE", "COOPERATIVE", "COOPERATIVE_GROUP", "HOUSEHOLD");
        assertThat(all.facets().get("province")).extracting(FacetCount::value).contains("vinh-long");
        assertThat(all.facets().get("stars")).isNotEmpty();
        assertThat(all.facets().get("price").stream().mapToLong(FacetCount::count).sum()).isEqualTo(all.total());
        assertThat(all.items()).hasSize(24);
    }

    @Test
    void facetFiltersNarrowResultsAndKeepOtherValuesCountable() {
        SearchResult tours = search(Map.of("group", "du-lich"));
        assertThat(tours.total()).isPositive();
        assertThat(tours.items()).allMatch(hit -> hit.group().equals("du-lich"));
        // multi-select style: the group facet still offers the other groups
        assertThat(tours.facets().get("group").size()).isGreaterThan(1);

        SearchResult fiveStars = search(Map.of("stars", "5"));
        assertThat(fiveStars.total()).isPositive();
        assertThat(fiveStars.items()).allMatch(hit -> Integer.valueOf(5).equals(hit.stars()));

        SearchResult cooperatives = search(Map.of("kind", "COOPERATIVE", "province", "vinh-long"));
        assertThat(cooperatives.items()).allMatch(h -> h.producer().kind().equals("COOPERATIVE") && h.province().equals("vinh-long"));

        SearchResult cheap = search(Map.of("minPrice", "20000", "maxPrice", "50000", "size", "100"));
        assertThat(cheap.items()).allMatch(h -> h.priceVnd() >= 20000 && h.priceVnd() <= 50000);

        String commune = tours.items().get(0).commune();
        assertThat(search(Map.of("commune", commune)).items()).allMatch(h -> h.commune().equals(commune));
    }

    @Test
    void sortsByPriceAndNewestAndPagesThroughResults() {
        List<Long> ascending = search(Map.of("sort", "price_asc", "size", "100")).items().stream().map(ProductHit::priceVnd).toList();
        assertThat(ascending).isSorted();
        List<Long> descending = search(Map.of("q", "keo dua", "sort", "price_desc")).items().stream().map(ProductHit::priceVnd).toList();
        assertThat(descending).hasSizeGreaterThan(2);
        assertThat(descending.stream().sorted((a, b) -> Long.compare(b, a)).toList()).isEqualTo(descending);

        SearchResult first = search(Map.of("sort", "newest", "size", "10"));
        SearchResult second = search(Map.of("sort", "newest", "size", "10", "page", "2"));
        assertThat(second.total()).isEqualTo(first.total());
        assertThat(second.items()).hasSize(10).doesNotContainAnyElementsOf(first.items());
        assertThat(first.pages()).isEqualTo((first.total() + 9) / 10);
    }

    @Test
    void starBadgeAndFacetFollowCertificateValidityAsTheClockMoves() {
        // "Kẹo dừa đậu phộng": 4★ signed 1083 days ago, so it expires in about two weeks
        Optional<ProductHit> expiringNow = hit(search, "keo-dua-dau-phong");
        assertThat(expiringNow).get().extracting(ProductHit::stars).isEqualTo(4);
        long fourStarsNow = count(search(Map.of()), "stars", "4");
        assertThat(search(Map.of("stars", "4", "q", "keo dua dau phong")).items())
                .extracting(ProductHit::slug).contains("keo-dua-dau-phong");

        ProductSearchService later = fixture.searchAt(Clock.offset(fixture.clock, Duration.ofDays(40)));
        assertThat(hit(later, "keo-dua-dau-phong")).get().extracting(ProductHit::stars).isNull();
        assertThat(count(search(later, Map.of()), "stars", "4")).isLessThan(fourStarsNow);
        assertThat(search(later, Map.of("stars", "4", "q", "keo dua dau phong")).items())
                .extracting(ProductHit::slug).doesNotContain("keo-dua-dau-phong");

        // already expired (signed 1420 days ago) and revoked certificates never show stars
        assertThat(hit(search, "keo-dua-sua")).get().extracting(ProductHit::stars).isNull();
        assertThat(hit(search, "chuoi-say-deo")).get().extracting(ProductHit::stars).isNull();
        // before the decision was signed there was no badge either
        ProductSearchService earlier = fixture.searchAt(Clock.offset(fixture.clock, Duration.ofDays(-1200)));
        assertThat(hit(earlier, "keo-dua-dau-phong")).get().extracting(ProductHit::stars).isNull();
    }

    private static Optional<ProductHit> hit(ProductSearchService service, String slug) {
        return search(service, Map.of("size", "100")).items().stream().filter(h -> h.slug().equals(slug)).findFirst();
    }

    @Test
    void misspelledQueryOffersDidYouMean() {
        SearchResult result = search(Map.of("q", "buoii da xahn"));
        assertThat(result.suggestion()).isEqualTo("buoi da xanh");
        assertThat(search(Map.of("q", "buoi da xanh")).suggestion()).isNull();
        // asked for separately, within the shopper's filters
        assertThat(search(Map.of("q", "buoii da xahn", "group", "thuc-pham", "page", "2")).suggestion())
                .isEqualTo("buoi da xanh");
        assertThat(search(Map.of("q", "keo dua")).suggestion()).isNull();
    }

    @Test
    void didYouMeanAlsoKnowsProducersAndPlaces() {
        // "giồng trôm" is a commune, "hợp tác xã" is only in producer names: neither is in a product name
        assertThat(search(Map.of("q", "giong troom")).suggestion()).isEqualTo("giong trom");
        assertThat(search(Map.of("q", "hopp tacc xa")).suggestion()).isEqualTo("hop tac xa");
    }

    @Test
    void autocompleteCompletesFoldedPrefixes() {
        assertThat(search.suggest("keo d")).extracting(Suggestion::name).isNotEmpty()
                .allMatch(name -> name.startsWith("Kẹo dừa"));
        assertThat(search.suggest("KẸO DỪA SÁ")).extracting(Suggestion::slug).contains("keo-dua-sap-ca-cao");
        assertThat(search.suggest("buoi d")).extracting(Suggestion::slug).contains("buoi-da-xanh");
        assertThat(search.suggest("")).isEmpty();
        assertThat(search.suggest("*:*")).isEmpty();
        // each syllable is a prefix, in any order; all of them must match
        assertThat(search.suggest("dua ke")).extracting(Suggestion::slug).contains("keo-dua-sap-ca-cao");
        assertThat(search.suggest("keo xyz")).isEmpty();
        // diacritics typed rank: "dứa" (pineapple) before the many "dừa" (coconut) that fold alike
        List<String> pineapple = search.suggest("dứa").stream().map(Suggestion::slug).toList();
        assertThat(pineapple).hasSizeGreaterThan(2);
        assertThat(pineapple.subList(0, 2)).containsExactlyInAnyOrder("keo-dua-la-dua", "kho-ca-dua-mot-nang");
    }

    @Test
    void autocompleteListsDifferentNames() throws Exception {
        // ten more products named like the shortest, best-ranked "Kẹo dừa …" in the catalogue
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.setField("id", ProductDocuments.id(900_000L + i));
            doc.setField("doc_type", "product");
            doc.setField("slug", "keo-dua-sua-" + i);
            doc.setField("name", "Kẹo dừa sữa");
            doc.setField("name_sort", "keo dua sua");
            copies.add((String) doc.getFieldValue("id"));
            fixture.client.solr().add(doc);
        }
        fixture.client.solr().commit();
        try {
            assertThat(search.suggest("keo dua")).extracting(Suggestion::name)
                    .hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates().contains("Kẹo dừa sữa");
        } finally {
            fixture.client.solr().deleteById(copies);
            fixture.client.solr().commit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:*", "{!join from=id to=id}x", "\"kẹo dừa", "kẹo (dừa", "[* TO *]", "\\", "keo AND NOT dua",
            "name:keo", "+-!&|^~?/"})
    void querySyntaxIsSearchedAsLiteralText(String text) {
        SearchResult result = search(Map.of("q", text));
        // never an error, and never "everything" for syntax that would match all documents
        assertThat(result.total()).isLessThan(search(Map.of()).total());
    }

    @Test
    void unreachableSolrIsReportedAsUnavailableNotAsAnError() {
        SearchClient dead = SearchClient.forUrl("http://127.0.0.1:9/solr", "products");
        try {
            ProductSearchService service = new ProductSearchService(dead, fixture.clock, SearchSettings.DEFAULTS,
                    new SearchFixture.CachedVocabulary(fixture.db));
            assertThatThrownBy(() -> search(service, Map.of("q", "keo dua")))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessage("Search is temporarily unavailable");
            assertThatThrownBy(() -> service.suggest("keo")).isInstanceOf(SearchUnavailableException.class);
        } finally {
            dead.close();
        }
    }

    @Test
    void unknownFacetValuesAreRefused() {
        assertThatThrownBy(() -> search(Map.of("group", "khong-co")))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageContaining("khong-co");
        assertThatThrownBy(() -> search(Map.of("province", "atlantis")))
                .isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> search(Map.of("commune", "vinh-long.nowhere")))
                .isInstanceOf(InvalidSearchRequestException.class);
    }
}
