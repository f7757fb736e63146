package vn.dacsan.business.application;

import java.time.Instant;
import vn.dacsan.catalog.domain.ProducerStatus;

/**
 * A decision on a business that is no longer pending, typically because another staff member
 * decided a moment earlier. Says what the standing decision is and who took it.
 */
public class BusinessAlreadyDecided extends RuntimeException {

    private final String producerName;
    private final ProducerStatus status;
    private final Instant decidedAt;
    private final String decidedBy;

    public BusinessAlreadyDecided(String producerName, ProducerStatus status, Instant decidedAt, String decidedBy) {
        super(producerName + " is already " + status);
        this.producerName = producerName;
        this.status = status;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    public String producerName() {
        return producerName;
    }

    public ProducerStatus status() {
        return status;
    }

    /** Empty when the decision was taken outside the platform. */
    public Instant decidedAt() {
        return decidedAt;
    }

    /** The deciding staff member's name, or null when decided outside the platform. */
    public String decidedBy() {
        return decidedBy;
    }
}
