package vn.dacsan.listing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.listing.domain.ListingRevision;
import vn.dacsan.listing.domain.RevisionState;

/**
 * One row of a business's listings: what shoppers see (status, price, stock) and where its
 * latest revision stands, with the department's reason when it was rejected.
 */
public record SellerListing(long id, String slug, String name, String status, long priceVnd, String unit, int stock,
                            Integer revisionNumber, String revisionState, LocalDate dueOn, boolean overdue,
                            String lastReason) {

    static SellerListing of(Product product, List<ListingRevision> revisions, LocalDate today) {
        Optional<ListingRevision> latest = revisions.stream().reduce((a, b) -> b);
        String name = latest.filter(r -> r.getState() != RevisionState.APPROVED && !product.isLive())
                .map(r -> r.getContent().getName()).orElse(product.getName());
        return new SellerListing(product.getId(), product.getSlug(), name, product.getStatus().name(), product.getPriceVnd(),
                product.getUnit(), product.getStock(),
                latest.map(ListingRevision::getNumber).orElse(null),
                latest.map(r -> r.getState().name()).orElse(null),
                latest.flatMap(ListingRevision::getDueOn).orElse(null),
                latest.map(r -> r.isOverdueOn(today)).orElse(false),
                latest.flatMap(ListingRevision::getDecisionReason).orElse(null));
    }
}
