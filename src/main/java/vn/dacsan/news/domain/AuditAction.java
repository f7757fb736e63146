package vn.dacsan.news.domain;

/** What happened to an article, as written in its audit log. */
public enum AuditAction {
    CREATED, UPDATED, SCHEDULED, PUBLISHED, ARCHIVED
}
