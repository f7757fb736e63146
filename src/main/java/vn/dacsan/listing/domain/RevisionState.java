package vn.dacsan.listing.domain;

/**
 * Where one proposed version of a listing stands. A DRAFT is still the business's to edit; a
 * SUBMITTED one waits for the department; APPROVED and REJECTED are final. A draft the
 * business replaces or abandons is DISCARDED.
 */
public enum RevisionState {
    DRAFT, SUBMITTED, APPROVED, REJECTED, DISCARDED;

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED;
    }
}
