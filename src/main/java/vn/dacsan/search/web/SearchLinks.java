package vn.dacsan.search.web;

import jakarta.faces.component.FacesComponent;
import java.util.List;
import vn.dacsan.platform.web.Markup;
import vn.dacsan.search.web.ProductSearchPage.NavLink;

/** {@code <ds:links value="#{productSearchPage.sortLinks}"/>}: the search page's sort or pager links, written in one go. */
@FacesComponent(value = SearchLinks.TYPE, createTag = true, tagName = "links", namespace = ProductCards.NAMESPACE)
public class SearchLinks extends ListMarkupComponent<NavLink> {

    static final String TYPE = "vn.dacsan.SearchLinks";

    @Override
    protected String markup(List<NavLink> links) {
        return html(links);
    }

    static String html(List<NavLink> links) {
        Markup html = new Markup().newline();
        for (NavLink link : links) {
            html.open("a").attr("href", link.url()).attr("class", link.cssClass()).attr("aria-current", link.current())
                    .attr("rel", link.rel()).close().text(link.label()).end("a").newline();
        }
        return html.toString();
    }
}
