package vn.dacsan.catalog.domain;

/** Levels of local government; DISTRICT exists only in history (abolished 2025-07-01). */
public enum AdminLevel {
    PROVINCE, DISTRICT, COMMUNE, WARD
}
