package vn.dacsan.catalog.domain;

/** What staff recorded about a certificate; expiry is computed from the date, not stored. */
public enum CertificateStatus {
    VALID, REVOKED, SUPERSEDED
}
