package vn.dacsan.department.domain;

/** What a complaint or piece of feedback is about: an order, a listing (a product), or the platform in general. */
public enum FeedbackSubject {
    ORDER, LISTING, GENERAL
}
