package vn.dacsan.catalog.domain;

/** Where a listing stands; only LIVE products reach shoppers and the search index. */
public enum ProductStatus {
    DRAFT, SUBMITTED, LIVE, REJECTED, WITHDRAWN, SUSPENDED
}
