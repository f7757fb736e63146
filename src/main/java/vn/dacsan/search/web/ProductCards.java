package vn.dacsan.search.web;

import jakarta.faces.component.FacesComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dacsan.platform.text.Vnd;
import vn.dacsan.platform.web.Markup;
import vn.dacsan.platform.web.PageTexts;
import vn.dacsan.platform.web.Storefront;
import vn.dacsan.search.application.SearchResult.ProductHit;

/**
 * {@code <ds:productCards value="#{hits}"/>}: one {@code <li>} with a product card per hit
 * (picture or quiet tile, name, price per unit, OCOP badge, producer), written in one go
 * instead of a dozen expressions per card.
 */
@FacesComponent(value = ProductCards.TYPE, createTag = true, tagName = "productCards", namespace = ProductCards.NAMESPACE)
public class ProductCards extends ListMarkupComponent<ProductHit> {

    static final String TYPE = "vn.dacsan.ProductCards";
    /** The tag namespace of the storefront's own components. */
    public static final String NAMESPACE = "vn.dacsan.web";

    @Override
    protected String markup(List<ProductHit> hits) {
        Storefront storefront = storefront();
        return html(hits, storefront.contextPath(), storefront);
    }

    static String html(List<ProductHit> hits, String contextPath, PageTexts texts) {
        Markup html = new Markup();
        Map<Integer, String> badges = new HashMap<>();
        for (ProductHit p : hits) {
            html.start("li").open("article").attr("class", "card").close().newline();
            html.open("a").attr("href", contextPath + "/san-pham/" + p.slug()).attr("class", "card-link").close();
            if (p.image() == null || p.image().isEmpty()) {
                html.open("span").attr("class", "no-image").attr("aria-hidden", "true").close().end("span");
            } else {
                html.open("img").attr("src", contextPath + "/media/" + p.image()).attr("alt", "")
                        .attr("width", "200").attr("height", "200").attr("loading", "lazy").close();
            }
            html.element("h3", "card-title", p.name()).end("a").newline();
            html.open("p").attr("class", "price").close().text(Vnd.format(p.priceVnd())).text(" ")
                    .element("span", "unit", "/ " + p.unit()).end("p").newline();
            html.open("p").attr("class", "card-meta").close();
            if (p.stars() != null) {
                String badge = badges.computeIfAbsent(p.stars(), stars -> texts.text("stars.badge", stars));
                html.element("span", "badge", badge).text(" ");
            }
            html.element("span", "producer", p.producer() == null ? null : p.producer().name()).end("p").newline();
            html.end("article").end("li").newline();
        }
        return html.toString();
    }
}
