package vn.dacsan.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.dacsan.search.web.ProductSearchPage.Facet;
import vn.dacsan.search.web.ProductSearchPage.FacetLink;

class SearchFacetsTest {

    @Test
    void eachFacetIsASectionWithLinksAndCountsAndTheSelectedValueIsMarked() {
        String html = SearchFacets.html(List.of(new Facet("stars", "OCOP stars", List.of(
                new FacetLink("5 stars", 12, "/tim-kiem?q=keo&stars=5", true),
                new FacetLink("4 stars", 1_234, "/tim-kiem?q=keo&stars=4", false)))), Locale.ENGLISH);
        assertThat(html).isEqualTo("""
                <section class="facet" data-facet="stars">
                <h3>OCOP stars</h3>
                <ul>
                <li><a href="/tim-kiem?q=keo&amp;stars=5" class="selected" aria-current="true">5 stars <span class="count">(12)</span></a></li>
                <li><a href="/tim-kiem?q=keo&amp;stars=4" aria-current="false">4 stars <span class="count">(1,234)</span></a></li>
                </ul>
                </section>
                """);
    }

    @Test
    void countsAreGroupedThePagesWay() {
        List<Facet> facets = List.of(new Facet("group", "Nhóm", List.of(
                new FacetLink("Thực phẩm", 11_234, "/tim-kiem?group=thuc-pham", false),
                new FacetLink("Đồ uống", 378, "/tim-kiem?group=do-uong", false))));

        assertThat(SearchFacets.html(facets, Locale.forLanguageTag("vi")))
                .contains("Thực phẩm <span class=\"count\">(11.234)</span>")
                .contains("Đồ uống <span class=\"count\">(378)</span>");
        assertThat(SearchFacets.html(facets, Locale.ENGLISH)).contains("<span class=\"count\">(11,234)</span>");
    }

    @Test
    void labelsFromTheCatalogueStayText() {
        String html = SearchFacets.html(List.of(new Facet("commune", "Commune", List.of(
                new FacetLink("Xã <b>An</b> & \"Hội\"", 3, "/tim-kiem?commune=a%22b", false)))), Locale.ENGLISH);
        assertThat(html).contains(">Xã &lt;b&gt;An&lt;/b&gt; &amp; &quot;Hội&quot; <span").doesNotContain("<b>");
    }
}
