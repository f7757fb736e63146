package vn.dacsan.department.application;

/**
 * A complaint or piece of feedback as someone typed it. {@code subject}: ORDER, LISTING or
 * GENERAL; {@code orderCode} for an order (with the phone it was placed with); {@code product}
 * for a listing: the product's address (/san-pham/keo-dua-...) or its slug.
 */
public record FeedbackForm(String name, String email, String phone, String subject, String orderCode, String product,
                           String message) {
}
