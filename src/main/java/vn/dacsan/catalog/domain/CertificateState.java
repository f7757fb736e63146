package vn.dacsan.catalog.domain;

/** A certificate's standing on a given day. Only VALID and EXPIRING may show the star badge. */
public enum CertificateState {
    VALID, EXPIRING, EXPIRED, REVOKED, SUPERSEDED;

    public boolean showsBadge() {
        return this == VALID || this == EXPIRING;
    }
}
