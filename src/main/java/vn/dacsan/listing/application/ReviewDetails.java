package vn.dacsan.listing.application;

import java.io.Serializable;
import java.util.List;
import vn.dacsan.listing.domain.ListingContent;

/**
 * What a reviewer needs to decide: the submission, the live listing it would change, the diff and the history;
 * and the product's certificate that may still be revoked, if any.
 */
public record ReviewDetails(ReviewItem item, RevisionView revision, ListingContent live, boolean liveExists, String productStatus,
                            long priceVnd, int stock, String slug, List<LogLine> log, Long revocableCertificateId) implements Serializable {
}
