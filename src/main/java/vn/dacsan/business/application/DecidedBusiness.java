package vn.dacsan.business.application;

import java.time.Instant;
import vn.dacsan.catalog.domain.ProducerStatus;

/** A decision taken on the platform: on what, which way, why, by whom and when. */
public record DecidedBusiness(long id, String name, ProducerStatus status, String rejectionReason,
                              String decidedBy, Instant decidedAt) {
}
