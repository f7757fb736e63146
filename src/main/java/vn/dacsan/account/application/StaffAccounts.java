package vn.dacsan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.dacsan.account.domain.EmailAddress;
import vn.dacsan.account.domain.PasswordPolicy;
import vn.dacsan.account.domain.Role;

/**
 * How the department's own people get accounts: an operator of the deployment creates them
 * (there is no sign-up for staff), the first one included, since a fresh production database
 * has none. Businesses register themselves and are verified by staff.
 */
@ApplicationScoped
public class StaffAccounts {

    private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());
    public static final int MAX_NAME_LENGTH = 120;

    @Inject
    AccountService accounts;

    /** What an operator sends: the person's email, name, first password, and STAFF or ADMIN. */
    public record NewStaff(String email, String name, String password, String role) {
    }

    /** A field that cannot be accepted, with a stable code. */
    public record Invalid(String field, String code, String message) {
    }

    /** Thrown when the email already has an account (of any kind). */
    public static final class AlreadyExists extends RuntimeException {
        public AlreadyExists(String email) {
            super("An account with this email already exists: " + email);
        }
    }

    /** Everything wrong with the request, field by field; empty when it can be created. */
    public List<Invalid> check(NewStaff form) {
        List<Invalid> errors = new ArrayList<>();
        if (form.email() == null || form.email().isBlank()) {
            errors.add(new Invalid("email", "required", "An email address is required"));
        } else if (!EmailAddress.isWellFormed(form.email())) {
            errors.add(new Invalid("email", "malformed", "Not an email address"));
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.add(new Invalid("name", "required", "The person's name is required"));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            errors.add(new Invalid("name", "tooLong", "At most " + MAX_NAME_LENGTH + " characters"));
        }
        Optional<PasswordPolicy.Problem> password = PasswordPolicy.check(form.password());
        password.ifPresent(problem -> errors.add(switch (problem) {
            case TOO_SHORT -> new Invalid("password", "tooShort", "At least " + PasswordPolicy.MIN_LENGTH + " characters");
            case TOO_LONG -> new Invalid("password", "tooLong", "At most " + PasswordPolicy.MAX_LENGTH + " characters");
            default -> new Invalid("password", "required", "A first password is required");
        }));
        if (role(form).isEmpty()) {
            errors.add(new Invalid("role", "unknown", "STAFF or ADMIN"));
        }
        return errors;
    }

    /** Creates the account; call {@link #check} first. */
    @Transactional
    public AccountProfile create(NewStaff form) {
        List<Invalid> errors = check(form);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid staff account: " + errors);
        }
        if (accounts.exists(form.email())) {
            throw new AlreadyExists(form.email().strip());
        }
        AccountProfile created = accounts.create(form.email().strip(), form.name().strip(), form.password(), role(form).orElseThrow(), null);
        LOG.info(() -> "Operator created a " + created.role() + " account for " + created.email());
        return created;
    }

    private static Optional<Role> role(NewStaff form) {
        String role = form.role() == null || form.role().isBlank() ? "STAFF" : form.role().strip();
        return role.equals("STAFF") ? Optional.of(Role.STAFF) : role.equals("ADMIN") ? Optional.of(Role.ADMIN) : Optional.empty();
    }
}
