package vn.dacsan.notification.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text UTF-8 emails over SMTP (Jakarta Mail; Payara Micro ships Angus Mail),
 * configured by dacsan.mail.*. A batch shares one connection, so a server that is down costs
 * one timeout, not one per email.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperty(name = "dacsan.mail.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "dacsan.mail.port", defaultValue = "25")
    int port;
    @Inject
    @ConfigProperty(name = "dacsan.mail.from", defaultValue = "Sàn đặc sản <no-reply@dacsan.example>")
    String from;
    @Inject
    @ConfigProperty(name = "dacsan.mail.username")
    Optional<String> username;
    @Inject
    @ConfigProperty(name = "dacsan.mail.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "dacsan.mail.starttls", defaultValue = "false")
    boolean startTls;
    @Inject
    @ConfigProperty(name = "dacsan.mail.timeout-ms", defaultValue = "10000")
    long timeoutMs;
    @Inject
    Clock clock;

    private MailSettings settings;
    private Session session;

    public MailSender() {
    }

    public MailSender(MailSettings settings, Clock clock) {
        this.clock = clock;
        use(settings);
    }

    @PostConstruct
    void configure() {
        use(new MailSettings(host.orElse(null), port, from, username.orElse(null), password.orElse(null),
                startTls, Duration.ofMillis(timeoutMs)));
    }

    private void use(MailSettings mailSettings) {
        settings = mailSettings;
        session = Session.getInstance(mailSettings.sessionProperties());
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public MailSettings settings() {
        return settings;
    }

    /** A connection for a batch of emails; it connects on the first send. */
    public Connection open() {
        if (!enabled()) {
            throw new IllegalStateException("Mail is off: dacsan.mail.host is not set");
        }
        return new Connection();
    }

    /** The MIME form of a message: UTF-8 subject and text/plain body, marked as sent automatically. */
    MimeMessage mime(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(settings.sender());
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.text(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        // RFC 3834: no out-of-office replies to a notification
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.saveChanges();
        return mime;
    }

    /** One SMTP connection. Once it failed to connect, the rest of the batch fails at once with the same reason. */
    public final class Connection implements AutoCloseable {

        private Transport transport;
        private MailDeliveryException unreachable;

        private Connection() {
        }

        public void send(MailMessage message) throws MailDeliveryException {
            MimeMessage mime;
            try {
                mime = mime(message);
            } catch (AddressException e) {
                throw new MailDeliveryException("Malformed address " + message.to() + ": " + e.getMessage(), true, e);
            } catch (MessagingException e) {
                throw new MailDeliveryException("Cannot build the message: " + describe(e), false, e);
            }
            Transport connected = connected();
            try {
                connected.sendMessage(mime, mime.getAllRecipients());
            } catch (SendFailedException e) {
                Address[] invalid = e.getInvalidAddresses();
                throw new MailDeliveryException("Refused: " + describe(e), invalid != null && invalid.length > 0, e);
            } catch (MessagingException e) {
                close();
                throw new MailDeliveryException("Sending failed: " + describe(e), false, e);
            }
        }

        private Transport connected() throws MailDeliveryException {
            if (unreachable != null) {
                throw unreachable;
            }
            if (transport != null && transport.isConnected()) {
                return transport;
            }
            try {
                transport = session.getTransport("smtp");
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                return transport;
            } catch (MessagingException e) {
                transport = null;
                unreachable = new MailDeliveryException("Cannot reach the mail server " + settings.host() + ":"
                        + settings.port() + ": " + describe(e), false, e);
                throw unreachable;
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException alreadyGone) {
                    // the server hung up first; nothing to release
                }
                transport = null;
            }
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" (").append(cause.getMessage().strip()).append(')');
            }
        }
        return text.toString();
    }
}
