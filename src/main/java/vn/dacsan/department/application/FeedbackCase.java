package vn.dacsan.department.application;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint as staff handle it: everything the sender gave, the deadline, and the handling so far. */
public record FeedbackCase(long id, String subject, String orderCode, String productName, String productSlug, String senderName,
                           String email, String phone, String message, String status, Instant receivedAt, LocalDate dueOn,
                           boolean overdue, String assignee, String internalNote, String reply, Instant repliedAt,
                           String repliedBy) {
}
