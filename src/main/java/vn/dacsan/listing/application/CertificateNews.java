package vn.dacsan.listing.application;

import java.time.LocalDate;
import vn.dacsan.catalog.domain.CertificateState;

/** Fired (CDI event, in the transaction) when a product's OCOP certificate starts expiring, expires or is revoked. */
public record CertificateNews(CertificateState state, long certificateId, long productId, String productName, long producerId,
                              int stars, LocalDate validUntil, String reason) {
}
