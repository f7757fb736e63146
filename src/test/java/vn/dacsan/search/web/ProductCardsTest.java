package vn.dacsan.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.dacsan.platform.web.PageTexts;
import vn.dacsan.search.application.SearchResult.ProducerRef;
import vn.dacsan.search.application.SearchResult.ProductHit;

class ProductCardsTest {

    private static final PageTexts ENGLISH = (key, args) ->
            MessageFormat.format(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString(key), args);

    @Test
    void aCardLinksToTheProductAndShowsPicturePriceBadgeAndProducer() {
        String html = ProductCards.html(List.of(hit("keo-dua-sap", "Kẹo dừa sáp", "demo/keo-dua-sap.svg", 4, "Cơ sở Thanh Long")),
                "/shop", ENGLISH);
        assertThat(html).isEqualTo("""
                <li><article class="card">
                <a href="/shop/san-pham/keo-dua-sap" class="card-link"><img src="/shop/media/demo/keo-dua-sap.svg" alt="" \
                width="200" height="200" loading="lazy"><h3 class="card-title">Kẹo dừa sáp</h3></a>
                <p class="price">45.000\u00a0₫ <span class="unit">/ hộp 400 g</span></p>
                <p class="card-meta"><span class="badge">OCOP 4★</span> <span class="producer">Cơ sở Thanh Long</span></p>
                </article></li>
                """);
    }

    @Test
    void aProductWithoutPictureOrStarsGetsAQuietTileAndNoBadge() {
        String html = ProductCards.html(List.of(hit("mam", "Mắm", null, null, "Hộ Năm")), "", ENGLISH);
        assertThat(html).contains("<span class=\"no-image\" aria-hidden=\"true\"></span>").doesNotContain("<img")
                .doesNotContain("badge").contains("href=\"/san-pham/mam\"");
    }

    @Test
    void namesWithMarkupOrQuotesStayText() {
        String html = ProductCards.html(List.of(hit("a", "Bánh <script>alert(1)</script> & \"quà\"", "x\" onerror=\"alert(1)",
                null, "Tom & Jerry's")), "", ENGLISH);
        assertThat(html).contains("Bánh &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quà&quot;")
                .contains("src=\"/media/x&quot; onerror=&quot;alert(1)\"").contains("Tom &amp; Jerry&#39;s")
                .doesNotContain("<script>").doesNotContain("\" onerror");
    }

    @Test
    void noHitsNoCards() {
        assertThat(ProductCards.html(List.of(), "", ENGLISH)).isEmpty();
    }

    private static ProductHit hit(String slug, String name, String image, Integer stars, String producer) {
        return new ProductHit(1, slug, name, 45_000, "hộp 400 g", stars, new ProducerRef(2, "p", producer, "COOPERATIVE"),
                "ben-tre", "ben-tre.an-hoi", "thuc-pham", image, 10);
    }
}
