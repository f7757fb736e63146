package vn.dacsan.notification.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.notification.domain.Notice;
import vn.dacsan.notification.domain.Notification;
import vn.dacsan.platform.web.SiteAddress;

/**
 * The email copy of a notification: its subject, its text, the absolute link to what it is
 * about, and a footer pointing to all of the account's notifications (or, for a guest, saying
 * why the email came). Written in Vietnamese,
 * the site's default language, because no request tells the reader's choice.
 */
@ApplicationScoped
public class NotificationMail {

    static final String NOTIFICATIONS_PATH = "/thong-bao";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    SiteAddress site;
    @Inject
    @ConfigProperty(name = "dacsan.platform.name")
    String platformName;

    private Optional<String> siteBase;

    public NotificationMail() {
    }

    /** {@code siteBase}: the public address such as "https://dacsan.example.vn", when known. */
    public NotificationMail(Optional<String> siteBase, String platformName) {
        this.siteBase = siteBase;
        this.platformName = platformName;
    }

    @PostConstruct
    void configure() {
        siteBase = site.configuredBase();
    }

    public boolean knowsSiteAddress() {
        return siteBase.isPresent();
    }

    public MailMessage compose(Notification notification) {
        return compose(notification.getEmailTo(), notification.notice(), !notification.isEmailOnly());
    }

    /** For an account holder: the footer points to all of the account's notifications. */
    public MailMessage compose(String to, Notice notice) {
        return compose(to, notice, true);
    }

    /** {@code toAccount}: the footer points to the account's notifications; without an account it only signs. */
    private MailMessage compose(String to, Notice notice, boolean toAccount) {
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", VIETNAMESE);
        StringBuilder text = new StringBuilder();
        if (!notice.body().isEmpty()) {
            text.append(notice.body().replace("\r\n", "\n")).append("\n\n");
        }
        if (notice.hasLink()) {
            text.append(texts.getString("mail.open")).append('\n').append(absolute(notice.link())).append("\n\n");
        }
        // "-- " on its own line: mail programs recognise the signature and keep it out of replies
        text.append("-- \n").append(MessageFormat.format(texts.getString(toAccount ? "mail.footer" : "mail.footer.noAccount"),
                platformName, absolute(NOTIFICATIONS_PATH)));
        return new MailMessage(to, notice.subject(), text.toString());
    }

    private String absolute(String path) {
        return siteBase.map(base -> base + path).orElse(path);
    }
}
