package vn.dacsan.catalog.domain;

/** Legal form of a producer, as the department registers it. */
public enum ProducerKind {
    ENTERPRISE, COOPERATIVE, COOPERATIVE_GROUP, HOUSEHOLD
}
