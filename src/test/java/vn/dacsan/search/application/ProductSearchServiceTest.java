package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

/** The Solr requests a storefront search sends (ProductSearchIT checks what they find). */
class ProductSearchServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T05:30:00Z");

    private static SolrQuery query(Map<String, String> params) {
        return ProductSearchService.query(SearchRequest.parse(params::get, SearchSettings.DEFAULTS), NOW);
    }

    @Test
    void aSearchDoesNotAskForSpellingSuggestions() {
        SolrQuery search = query(Map.of("q", "kẹo dừa", "group", "thuc-pham", "page", "2"));
        assertThat(search.get("spellcheck")).isNull();
        assertThat(search.getFacetFields()).hasSize(4);
        assertThat(search.getRows()).isEqualTo(24);
        assertThat(search.getStart()).isEqualTo(24);
        // only what a hit shows: not the index's bookkeeping (db_version, doc_type) nor unshown fields
        assertThat(search.getFields().split(",")).contains("id", "slug", "name", "price", "stars", "stock")
                .doesNotContain("db_version", "doc_type", "created_at", "featured", "subgroup");
    }

    @Test
    void theSpellingRequestKeepsTheSearchFiltersAndAsksForNothingElse() {
        SolrQuery search = query(Map.of("q", "Buoii đa xahn", "group", "thuc-pham", "stars", "4", "page", "3"));
        SolrQuery spelling = ProductSearchService.spellingQuery(search, "Buoii đa xahn");

        assertThat(spelling.getBool("spellcheck")).isTrue();
        assertThat(spelling.get("spellcheck.q")).isEqualTo("buoii da xahn");
        assertThat(spelling.getQuery()).isEqualTo(search.getQuery());
        assertThat(spelling.getFilterQueries()).containsExactly(search.getFilterQueries());
        assertThat(spelling.get("fv_group")).isEqualTo("thuc-pham");
        assertThat(spelling.getRows()).isZero();
        assertThat(spelling.getStart()).isZero();
        assertThat(spelling.getBool("facet")).isFalse();
        // the search itself is left as it was
        assertThat(search.get("spellcheck")).isNull();
        assertThat(search.getRows()).isEqualTo(24);
        assertThat(search.getBool("facet")).isTrue();
    }

    @Test
    void autocompleteSendsEachFoldedSyllableAsAPrefixParameter() {
        SolrQuery suggest = ProductSearchService.suggestQuery("KẸO Dừa, sá");

        assertThat(suggest.getRequestHandler()).isEqualTo("/suggest");
        assertThat(suggest.getQuery())
                .isEqualTo("+{!prefix f=name v=$s0} +{!prefix f=name v=$s1} +{!prefix f=name v=$s2} {!edismax v=$typed}");
        assertThat(suggest.get("s0")).isEqualTo("keo");
        assertThat(suggest.get("s1")).isEqualTo("dua");
        assertThat(suggest.get("s2")).isEqualTo("sa");
        assertThat(suggest.getFilterQueries()).containsExactly("doc_type:product");
    }

    @Test
    void autocompleteNeverPassesQuerySyntaxThrough() {
        SolrQuery suggest = ProductSearchService.suggestQuery("name:keo* {!join from=id to=id}");

        // syntax characters only split syllables; the ranking text is escaped
        assertThat(suggest.get("s0")).isEqualTo("name");
        assertThat(suggest.get("s1")).isEqualTo("keo");
        assertThat(suggest.get("s2")).isEqualTo("join");
        assertThat(suggest.get("typed")).isEqualTo("name\\:keo\\* \\{\\!join from=id to=id\\}");
        assertThat(ProductSearchService.suggestQuery("*:* -+ \"\"")).isNull();
    }
}
