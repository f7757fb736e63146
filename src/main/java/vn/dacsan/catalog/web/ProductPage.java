package vn.dacsan.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import vn.dacsan.catalog.application.ProductCatalog;
import vn.dacsan.catalog.application.ProductDetails;
import vn.dacsan.platform.web.SiteAddress;

/** The product page (/san-pham/{slug}): gallery, price, certificate, producer, stock, JSON-LD. */
@Named
@RequestScoped
public class ProductPage {

    @Inject
    ProductCatalog catalog;
    @Inject
    HttpServletRequest request;
    @Inject
    SiteAddress site;

    private ProductDetails product;

    public void load() {
        Object slug = request.getAttribute("slug");
        product = slug == null ? null : catalog.liveProduct(slug.toString()).orElse(null);
        if (product == null) {
            PageResponses.notFound();
        }
    }

    public ProductDetails getProduct() {
        return product;
    }

    public String getCanonicalUrl() {
        return site.absolute(request, "/san-pham/" + product.slug());
    }

    /** schema.org Product markup; "<" is escaped so the JSON can never close its script tag. */
    public String getJsonLd() {
        JsonObjectBuilder offer = Json.createObjectBuilder()
                .add("@type", "Offer")
                .add("price", product.priceVnd())
                .add("priceCurrency", "VND")
                .add("availability", product.inStock() ? "https://schema.org/InStock" : "https://schema.org/OutOfStock")
                .add("url", getCanonicalUrl());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Product")
                .add("name", product.name())
                .add("description", product.description())
                .add("sku", product.slug())
                .add("category", product.group().nameVi())
                .add("brand", Json.createObjectBuilder().add("@type", "Organization").add("name", product.producer().name()))
                .add("countryOfOrigin", "VN")
                .add("offers", offer);
        if (!product.images().isEmpty()) {
            json.add("image", site.absolute(request, product.images().get(0).url()));
        }
        return json.build().toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
