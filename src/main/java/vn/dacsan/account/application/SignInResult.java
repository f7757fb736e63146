package vn.dacsan.account.application;

import java.time.Instant;
import vn.dacsan.account.domain.Role;

/** What a login attempt came to: who logged in, a refusal, or a lock (and until when). */
public record SignInResult(Outcome outcome, String email, Role role, Instant lockedUntil) {

    public enum Outcome { SIGNED_IN, INVALID, LOCKED }

    static SignInResult signedIn(String email, Role role) {
        return new SignInResult(Outcome.SIGNED_IN, email, role, null);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, null, null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, null, until);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
