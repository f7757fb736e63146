package vn.dacsan.cart.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dacsan.cart.domain.ProductOffer;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.media.MediaUrls;

/** Today's price, stock and standing of the products in a cart, read from the catalogue. */
@ApplicationScoped
public class CartOffers {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    public CartOffers() {
    }

    public CartOffers(EntityManager em) {
        this.em = em;
    }

    public Optional<ProductOffer> of(long productId) {
        return Optional.ofNullable(of(java.util.List.of(productId)).get(productId));
    }

    /** Offers by product id; ids of products that do not exist are missing from the map. */
    public Map<Long, ProductOffer> of(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Product p join fetch p.producer where p.id in :ids", Product.class)
                .setParameter("ids", productIds)
                .getResultStream()
                .map(CartOffers::offer)
                .collect(Collectors.toMap(ProductOffer::productId, Function.identity()));
    }

    private static ProductOffer offer(Product p) {
        String image = p.getImages().isEmpty() ? null : MediaUrls.of(p.getImages().get(0).getStorageKey());
        return new ProductOffer(p.getId(), p.getSlug(), p.getName(), p.getUnit(), image, p.getPriceVnd(), p.getStock(),
                p.isLive(), p.getProducer().getId(), p.getProducer().getSlug(), p.getProducer().getName());
    }
}
