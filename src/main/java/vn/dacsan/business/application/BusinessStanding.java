package vn.dacsan.business.application;

import java.time.Instant;
import vn.dacsan.catalog.domain.ProducerStatus;

/** Where a business stands with the department, as its own accounts see it. */
public record BusinessStanding(String name, ProducerStatus status, String rejectionReason, Instant submittedAt,
                               Instant decidedAt, boolean canSubmitListings) {
}
