package vn.dacsan.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.search.application.SearchOutbox;

/**
 * Changes to the catalogue. Each change and its search-outbox entry commit together, so the
 * index learns of every committed change and of nothing that rolled back.
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    SearchOutbox outbox;
    @Inject
    Clock clock;

    public CatalogService() {
    }

    public CatalogService(EntityManager em, SearchOutbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void changePrice(long productId, long priceVnd) {
        product(productId).reprice(priceVnd, clock.instant());
        outbox.productChanged(productId);
    }

    public void changeStatus(long productId, ProductStatus status) {
        product(productId).changeStatus(status, clock.instant());
        outbox.productChanged(productId);
    }

    private Product product(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new IllegalArgumentException("No product " + productId);
        }
        return product;
    }
}
