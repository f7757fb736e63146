package vn.dacsan.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dacsan.search.web.ProductSearchPage.NavLink;

class SearchLinksTest {

    @Test
    void theCurrentPageIsMarkedAndPreviousAndNextCarryTheirRelation() {
        String html = SearchLinks.html(List.of(
                new NavLink("‹ Previous", "/tim-kiem?q=keo", null, null, "prev"),
                new NavLink("1", "/tim-kiem?q=keo", null, "false", null),
                new NavLink("2", "/tim-kiem?q=keo&page=2", "selected", "page", null),
                new NavLink("Next ›", "/tim-kiem?q=keo&page=3", null, null, "next")));
        assertThat(html).isEqualTo("""

                <a href="/tim-kiem?q=keo" rel="prev">‹ Previous</a>
                <a href="/tim-kiem?q=keo" aria-current="false">1</a>
                <a href="/tim-kiem?q=keo&amp;page=2" class="selected" aria-current="page">2</a>
                <a href="/tim-kiem?q=keo&amp;page=3" rel="next">Next ›</a>
                """);
    }

    @Test
    void labelsStayText() {
        assertThat(SearchLinks.html(List.of(new NavLink("<b>Giá</b>", "/x?a=\"1\"", null, "true", null))))
                .contains("href=\"/x?a=&quot;1&quot;\"").contains(">&lt;b&gt;Giá&lt;/b&gt;</a>");
    }
}
