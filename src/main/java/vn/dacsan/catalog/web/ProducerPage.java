package vn.dacsan.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.dacsan.catalog.application.ProducerDetails;
import vn.dacsan.catalog.application.ProductCatalog;

/** A producer's public page (/nha-san-xuat/{slug}) with its live products. */
@Named
@RequestScoped
public class ProducerPage {

    @Inject
    ProductCatalog catalog;
    @Inject
    HttpServletRequest request;

    private ProducerDetails producer;

    public void load() {
        Object slug = request.getAttribute("slug");
        producer = slug == null ? null : catalog.verifiedProducer(slug.toString()).orElse(null);
        if (producer == null) {
            PageResponses.notFound();
        }
    }

    public ProducerDetails getProducer() {
        return producer;
    }
}
