package vn.dacsan.search.web;

import jakarta.faces.component.FacesComponent;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import vn.dacsan.platform.web.Markup;
import vn.dacsan.search.web.ProductSearchPage.Facet;
import vn.dacsan.search.web.ProductSearchPage.FacetLink;

/**
 * {@code <ds:searchFacets value="#{productSearchPage.facets}"/>}: each facet as a section with
 * its heading and its values as links with counts (the selected one marked for assistive
 * technology too), written in one go instead of several expressions per link.
 */
@FacesComponent(value = SearchFacets.TYPE, createTag = true, tagName = "searchFacets", namespace = ProductCards.NAMESPACE)
public class SearchFacets extends ListMarkupComponent<Facet> {

    static final String TYPE = "vn.dacsan.SearchFacets";

    @Override
    protected String markup(List<Facet> facets) {
        return html(facets, storefront().getLocale());
    }

    /** Counts are grouped the page's way: "(11.234)" in Vietnamese, "(11,234)" in English. */
    static String html(List<Facet> facets, Locale locale) {
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        Markup html = new Markup();
        for (Facet facet : facets) {
            html.open("section").attr("class", "facet").attr("data-facet", facet.name()).close().newline();
            html.start("h3").text(facet.title()).end("h3").newline();
            html.start("ul").newline();
            for (FacetLink link : facet.links()) {
                html.start("li").open("a").attr("href", link.url()).attr("class", link.selected() ? "selected" : null)
                        .attr("aria-current", link.selected() ? "true" : "false").close()
                        .text(link.label()).text(" ").element("span", "count", "(" + counts.format(link.count()) + ")")
                        .end("a").end("li").newline();
            }
            html.end("ul").newline().end("section").newline();
        }
        return html.toString();
    }
}
