package vn.dacsan.listing.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A submission in the department's queue. */
public record ReviewItem(long id, long productId, String productName, long producerId, String producerName, int revisionNumber,
                         boolean newListing, String state, Instant submittedAt, LocalDate dueOn, boolean overdue,
                         String claimedBy, Long claimedById, Instant decidedAt, String decidedBy, String reason) implements Serializable {
}
