package vn.dacsan.listing.domain;

/** The steps recorded in a listing's log. */
public enum ListingAction {
    CREATED, SUBMITTED, CLAIMED, RELEASED, APPROVED, REJECTED, WITHDRAWN, SUSPENDED, REINSTATED, REPRICED, RESTOCKED, CERTIFICATE_REVOKED;

    public boolean isDecision() {
        return this == APPROVED || this == REJECTED;
    }
}
