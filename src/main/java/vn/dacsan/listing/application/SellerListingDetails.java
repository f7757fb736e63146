package vn.dacsan.listing.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.listing.domain.ListingContent;
import vn.dacsan.listing.domain.ListingEvent;
import vn.dacsan.listing.domain.ListingRevision;

/**
 * A business's view of one listing: what is live, the revision it is working on or waiting
 * for, every revision with its outcome, and the log.
 */
public record SellerListingDetails(long id, String slug, String status, long priceVnd, int stock, ListingContent live,
                                   boolean everLive, RevisionView open, List<RevisionView> revisions, List<LogLine> log) implements Serializable {

    static SellerListingDetails of(Product product, List<ListingRevision> revisions, ListingContent live,
                                   List<ListingEvent> events, LocalDate today) {
        List<RevisionView> views = revisions.stream().map(r -> RevisionView.of(r, live, today)).toList();
        RevisionView open = views.stream().filter(v -> v.state().equals("DRAFT") || v.state().equals("SUBMITTED"))
                .findFirst().orElse(null);
        boolean everLive = product.isLive() || revisions.stream().anyMatch(r -> r.getState().name().equals("APPROVED"))
                || product.getStatus().name().equals("WITHDRAWN") || product.getStatus().name().equals("SUSPENDED");
        return new SellerListingDetails(product.getId(), product.getSlug(), product.getStatus().name(), product.getPriceVnd(),
                product.getStock(), live, everLive, open, views, events.stream().map(LogLine::of).toList());
    }

    /** The content the business is editing: the open revision's, else the latest proposal, else the live one. */
    public ListingContent editing() {
        if (open != null) {
            return open.content();
        }
        if (!everLive && !revisions.isEmpty()) {
            return revisions.get(revisions.size() - 1).content();
        }
        return live;
    }
}
