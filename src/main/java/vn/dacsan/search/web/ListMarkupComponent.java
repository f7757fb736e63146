package vn.dacsan.search.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import vn.dacsan.platform.web.Storefront;

/**
 * A storefront component that writes the list in its {@code value} attribute as markup in one go,
 * and nothing for a missing or empty list.
 */
public abstract class ListMarkupComponent<T> extends UIComponentBase {

    @Override
    public String getFamily() {
        return "vn.dacsan";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) getAttributes().get("value");
        if (items != null && !items.isEmpty()) {
            context.getResponseWriter().write(markup(items));
        }
    }

    /** The markup for a non-empty list, every text and attribute escaped. */
    protected abstract String markup(List<T> items);

    /**
     * The page's {@link Storefront}, found through EL as the page's own expressions find it
     * (CDI.current() walks the stack).
     */
    protected static Storefront storefront() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().evaluateExpressionGet(context, "#{storefront}", Storefront.class);
    }
}
