package vn.dacsan.notification.domain;

import java.util.regex.Pattern;

/**
 * What to tell someone: a kind code (LISTING_APPROVED …), a subject line, a plain-text body and,
 * optionally, a path inside the site where the matter can be seen ("/ban-hang/").
 */
public record Notice(String kind, String subject, String body, String link) {

    public static final String LISTING_SUBMITTED = "LISTING_SUBMITTED";
    public static final String LISTING_APPROVED = "LISTING_APPROVED";
    public static final String LISTING_REJECTED = "LISTING_REJECTED";
    public static final String PRODUCER_VERIFIED = "PRODUCER_VERIFIED";
    public static final String PRODUCER_REJECTED = "PRODUCER_REJECTED";
    public static final String CERTIFICATE_EXPIRING = "CERTIFICATE_EXPIRING";

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;
    public static final int MAX_LINK = 500;
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public Notice {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A notice kind is an upper-case code such as LISTING_APPROVED, not '" + kind + "'");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A notice needs a subject");
        }
        subject = subject.strip().replaceAll("\\s+", " ");
        if (subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("A notice subject has at most " + MAX_SUBJECT + " characters");
        }
        body = body == null ? "" : body.strip();
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("A notice body has at most " + MAX_BODY + " characters");
        }
        link = link == null || link.isBlank() ? null : link.strip();
        if (link != null && (link.length() > MAX_LINK || !isSitePath(link))) {
            throw new IllegalArgumentException("A notice link is a path inside the site such as /ban-hang/, not '" + link + "'");
        }
    }

    /** A notice whose subject and body are cut (with "…") to fit, however long the names or reasons put in them. */
    public static Notice fitted(String kind, String subject, String body, String link) {
        return new Notice(kind, fit(subject, MAX_SUBJECT), fit(body, MAX_BODY), link);
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public static Notice of(String kind, String subject, String body) {
        return new Notice(kind, subject, body, null);
    }

    public Notice linkingTo(String path) {
        return new Notice(kind, subject, body, path);
    }

    public boolean hasLink() {
        return link != null;
    }

    /** "/san-pham/keo-dua?x=1" yes; "//evil.example", "https://…", "/a\\b" or spaces no. */
    static boolean isSitePath(String path) {
        return path.startsWith("/") && !path.startsWith("//")
                && path.chars().noneMatch(c -> c <= 0x20 || c == '\\' || c == 0x7f);
    }
}
