package vn.dacsan.listing.application;

/**
 * One invalid field: its name as the API spells it, a stable code, and the message in the
 * reader's language.
 */
public record FieldError(String field, String code, String message) {
}
