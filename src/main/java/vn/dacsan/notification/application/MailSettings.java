package vn.dacsan.notification.application;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

/**
 * Where notification emails leave from: the SMTP server, the sender address, an optional login
 * and STARTTLS. Without a host, mail is off and notifications stay in the site.
 */
public record MailSettings(String host, int port, String from, String username, String password,
                           boolean startTls, Duration timeout) {

    public MailSettings {
        host = host == null || host.isBlank() ? null : host.strip();
        username = username == null || username.isBlank() ? null : username.strip();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("dacsan.mail.port must be between 1 and 65535, not " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("dacsan.mail.timeout-ms must be positive");
        }
        sender(from);
    }

    public static MailSettings off(String from) {
        return new MailSettings(null, 25, from, null, null, false, Duration.ofSeconds(10));
    }

    public boolean enabled() {
        return host != null;
    }

    public boolean login() {
        return username != null;
    }

    /** The From address, its display name ("Sàn đặc sản") encoded as UTF-8. */
    public InternetAddress sender() {
        return sender(from);
    }

    private static InternetAddress sender(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("dacsan.mail.from is required");
        }
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            return parsed.getPersonal() == null ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("dacsan.mail.from is not an email address such as "
                    + "\"Sàn đặc sản <no-reply@example.vn>\": " + from, e);
        }
    }

    /** Jakarta Mail session properties: server, timeouts, login and STARTTLS (required once asked for). */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        if (host != null) {
            properties.setProperty("mail.smtp.host", host);
        }
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.from", sender().getAddress());
        properties.setProperty("mail.smtp.auth", String.valueOf(login()));
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(startTls));
        String millis = String.valueOf(timeout.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        properties.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        return properties;
    }

    /** For the log: never the password. */
    @Override
    public String toString() {
        return enabled()
                ? "smtp://" + (login() ? username + "@" : "") + host + ":" + port + (startTls ? " (STARTTLS)" : "") + " from " + from
                : "mail off";
    }
}
