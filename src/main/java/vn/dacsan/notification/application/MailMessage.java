package vn.dacsan.notification.application;

/** One plain-text email to one address, before it becomes a MIME message. */
public record MailMessage(String to, String subject, String text) {
}
