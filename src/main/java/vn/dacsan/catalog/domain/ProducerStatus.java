package vn.dacsan.catalog.domain;

/** Whether the department has verified a producer's identity. */
public enum ProducerStatus {
    PENDING, VERIFIED, REJECTED, SUSPENDED
}
