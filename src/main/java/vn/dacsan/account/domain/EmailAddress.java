package vn.dacsan.account.domain;

import java.util.regex.Pattern;

/**
 * A plausible email address: one @, something before it, a dotted domain after it, no spaces,
 * at most 254 characters. Whether it really receives mail only a message can tell.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private EmailAddress() {
    }

    public static boolean isWellFormed(String email) {
        String candidate = email == null ? "" : email.strip();
        return candidate.length() <= MAX_LENGTH && SHAPE.matcher(candidate).matches();
    }
}
