package vn.dacsan.business.application;

import java.time.Instant;
import vn.dacsan.catalog.domain.ProducerKind;

/**
 * CDI event: a business has registered and awaits verification. Fired inside the registration's
 * transaction; observe with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act
 * only on committed registrations (e.g. confirm to the applicant, tell the department).
 */
public record BusinessRegistered(long producerId, String producerName, ProducerKind kind, String accountEmail,
                                 String displayName, Instant submittedAt) {
}
