package vn.dacsan.listing.api;

/** A body carrying a written reason: {"reason": "..."}. */
public record ReasonBody(String reason) {
}
