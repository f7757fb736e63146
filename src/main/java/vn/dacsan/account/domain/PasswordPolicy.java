package vn.dacsan.account.domain;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What a new password must be: at least 10 characters (a few words make a good one), at most
 * 200, and typed the same twice. Length counts characters as people see them, so Vietnamese
 * letters with marks count once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    /** Why a password is refused. */
    public enum Problem {
        REQUIRED, TOO_SHORT, TOO_LONG, MISMATCH
    }

    private PasswordPolicy() {
    }

    public static Optional<Problem> check(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of(Problem.REQUIRED);
        }
        String composed = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = composed.codePointCount(0, composed.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    /** Problems with the repetition, once the password itself is acceptable. */
    public static Optional<Problem> checkRepeat(String password, String repeat) {
        return password != null && password.equals(repeat) ? Optional.empty() : Optional.of(Problem.MISMATCH);
    }
}
