package vn.dacsan.business.application;

import java.time.Instant;
import java.util.List;
import vn.dacsan.catalog.domain.ProducerStatus;

/**
 * CDI event: department staff verified or rejected a business. Fired inside the decision's
 * transaction; observe with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act
 * only on committed decisions (e.g. tell the business's accounts, with the reason if rejected).
 */
public record BusinessDecided(long producerId, String producerName, ProducerStatus decision, String rejectionReason,
                              List<String> accountEmails, String decidedBy, Instant decidedAt) {

    public BusinessDecided {
        accountEmails = List.copyOf(accountEmails);
    }
}
