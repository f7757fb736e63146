package vn.dacsan.news.domain;

/** What happened to an event, as written in its audit log. */
public enum EventChange {
    CREATED, UPDATED, CANCELLED
}
