package vn.dacsan.search.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import vn.dacsan.platform.web.Markup;
import vn.dacsan.search.web.ProductSearchPage.NavLink;

/** {@code <ds:links value="#{productSearchPage.sortLinks}"/>}: the search page's sort or pager links, written in one go. */
@FacesComponent(value = SearchLinks.TYPE, createTag = true, tagName = "links", namespace = ProductCards.NAMESPACE)
public class SearchLinks extends UIComponentBase {

    static final String TYPE = "vn.dacsan.SearchLinks";

    @Override
    public String getFamily() {
        return "vn.dacsan";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<NavLink> links = (List<NavLink>) getAttributes().get("value");
        if (links != null && !links.isEmpty()) {
            context.getResponseWriter().write(html(links));
        }
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
