package vn.dacsan.department.application;

import java.time.Instant;
import java.time.LocalDate;

/** What the sender sees through their private link: what they sent, where it stands, and the reply. */
public record FeedbackAnswer(String subject, String orderCode, String productName, String senderName, String message,
                             String status, Instant receivedAt, LocalDate dueOn, String reply, Instant repliedAt) {
}
