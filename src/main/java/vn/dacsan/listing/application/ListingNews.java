package vn.dacsan.listing.application;

import java.time.LocalDate;
import vn.dacsan.listing.domain.ListingAction;

/**
 * Fired (as a CDI event, inside the transaction that made the change) when a listing is
 * submitted, decided, withdrawn, suspended or reinstated, so that others can tell the people
 * concerned.
 */
public record ListingNews(ListingAction action, long productId, String productName, long producerId,
                          Long revisionId, Integer revisionNumber, String reason, LocalDate dueOn, String actorName) {
}
