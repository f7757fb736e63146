package vn.dacsan.business.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.EmailAddress;
import vn.dacsan.account.domain.PasswordPolicy;
import vn.dacsan.catalog.domain.LicenceKind;
import vn.dacsan.catalog.domain.ProducerKind;
import vn.dacsan.catalog.domain.RegistrationNumber;
import vn.dacsan.platform.text.PhoneNumber;
import vn.dacsan.platform.text.VietnameseText;

/**
 * The rules a registration must pass before the database is asked anything: required fields,
 * lengths (those of the columns), formats, passwords and licence dates. Collects every problem
 * at once so the applicant can fix them in one go.
 */
final class RegistrationCheck {

    static final int NAME_MAX = 200;
    static final int LEGAL_REPRESENTATIVE_MAX = 120;
    static final int STREET_MAX = 200;
    static final int CONTACT_EMAIL_MAX = 200;
    static final int DISPLAY_NAME_MAX = 120;
    static final int LICENCE_NUMBER_MAX = 60;
    static final int ISSUER_MAX = 200;
    static final int MAX_LICENCES = 10;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    RegistrationCheck(LocalDate today) {
        this.today = today;
    }

    /** A licence with its values checked; dates parsed. */
    record Licence(LicenceKind kind, String number, LocalDate issuedOn, String issuer, LocalDate validUntil) {
    }

    /** The application with every value cleaned and typed; fields that failed their check are null. */
    record Registration(ProducerKind kind, String name, String registrationNumber, String legalRepresentative,
                        String street, String province, String commune, String phone, String email,
                        String accountEmail, String displayName, String password, List<Licence> licences) {
    }

    Registration check(BusinessApplication a) {
        ProducerKind kind = producerKind(a.kind());
        String name = text("name", a.name(), NAME_MAX, true);
        String number = registrationNumber(a.registrationNumber(), kind);
        String representative = text("legalRepresentative", a.legalRepresentative(), LEGAL_REPRESENTATIVE_MAX, true);
        String street = text("street", a.street(), STREET_MAX, true);
        String province = code("province", a.province());
        String commune = code("commune", a.commune());
        String phone = phone(a.phone());
        String accountEmail = email("accountEmail", a.accountEmail(), EmailAddress.MAX_LENGTH, true);
        String contactEmail = email("email", a.email(), CONTACT_EMAIL_MAX, false);
        String displayName = text("displayName", a.displayName(), DISPLAY_NAME_MAX, true);
        String password = password(a.password(), a.passwordRepeat());
        List<Licence> licences = licences(a.licences());
        return new Registration(kind, name, number, representative, street, province, commune, phone,
                contactEmail != null ? contactEmail : accountEmail, accountEmail, displayName, password, licences);
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private void fail(String field, String code) {
        errors.add(FieldError.of(field, code));
    }

    private ProducerKind producerKind(String typed) {
        if (blank(typed)) {
            fail("kind", "required");
            return null;
        }
        try {
            return ProducerKind.valueOf(typed.strip());
        } catch (IllegalArgumentException unknown) {
            fail("kind", "kind.unknown");
            return null;
        }
    }

    /** Stripped, NFC, within the limit; null when missing or refused. */
    private String text(String field, String typed, int max, boolean required) {
        if (blank(typed)) {
            if (required) {
                fail(field, "required");
            }
            return null;
        }
        String value = VietnameseText.nfc(typed.strip());
        if (value.chars().anyMatch(Character::isISOControl)) {
            fail(field, "text.control");
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, "tooLong", max));
            return null;
        }
        return value;
    }

    private String code(String field, String typed) {
        if (blank(typed)) {
            fail(field, "required");
            return null;
        }
        return typed.strip();
    }

    private String registrationNumber(String typed, ProducerKind kind) {
        String value = text("registrationNumber", typed, RegistrationNumber.MAX_LENGTH, true);
        if (value == null) {
            return null;
        }
        // the household format is only known once the kind is; judge by tax code alone without it
        if (!RegistrationNumber.isWellFormed(value, kind == null ? ProducerKind.ENTERPRISE : kind)) {
            fail("registrationNumber", kind == ProducerKind.HOUSEHOLD
                    ? "registrationNumber.householdFormat" : "registrationNumber.format");
            return null;
        }
        return RegistrationNumber.normalise(value);
    }

    private String phone(String typed) {
        String value = text("phone", typed, 30, true);
        if (value == null) {
            return null;
        }
        if (!PhoneNumber.isValid(value)) {
            fail("phone", "phone.format");
            return null;
        }
        return PhoneNumber.normalise(value);
    }

    private String email(String field, String typed, int max, boolean required) {
        String value = text(field, typed, max, required);
        if (value == null) {
            return null;
        }
        if (!EmailAddress.isWellFormed(value)) {
            fail(field, "email.format");
            return null;
        }
        return Account.normalise(value);
    }

    private String password(String password, String repeat) {
        Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(password);
        if (problem.isPresent()) {
            switch (problem.get()) {
                case TOO_SHORT -> errors.add(new FieldError("password", "password.tooShort", PasswordPolicy.MIN_LENGTH));
                case TOO_LONG -> errors.add(new FieldError("password", "tooLong", PasswordPolicy.MAX_LENGTH));
                default -> fail("password", "required");
            }
            return null;
        }
        if (PasswordPolicy.checkRepeat(password, repeat).isPresent()) {
            fail("passwordRepeat", "passwordRepeat.mismatch");
            return null;
        }
        return password;
    }

    private List<Licence> licences(List<BusinessApplication.LicenceApplication> rows) {
        List<Licence> licences = new ArrayList<>();
        int filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            BusinessApplication.LicenceApplication row = rows.get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            filled++;
            Licence licence = licence("licences[" + i + "].", row);
            if (licence != null) {
                licences.add(licence);
            }
        }
        if (filled == 0) {
            fail("licences", "licences.required");
        } else if (filled > MAX_LICENCES) {
            errors.add(new FieldError("licences", "licences.tooMany", MAX_LICENCES));
        }
        return licences;
    }

    private Licence licence(String prefix, BusinessApplication.LicenceApplication row) {
        int before = errors.size();
        LicenceKind kind = null;
        if (blank(row.kind())) {
            fail(prefix + "kind", "required");
        } else {
            try {
                kind = LicenceKind.valueOf(row.kind().strip());
            } catch (IllegalArgumentException unknown) {
                fail(prefix + "kind", "licence.kind.unknown");
            }
        }
        String number = text(prefix + "number", row.number(), LICENCE_NUMBER_MAX, true);
        String issuer = text(prefix + "issuer", row.issuer(), ISSUER_MAX, true);
        LocalDate issuedOn = date(prefix + "issuedOn", row.issuedOn(), true);
        if (issuedOn != null && issuedOn.isAfter(today)) {
            fail(prefix + "issuedOn", "licence.issuedOn.future");
        }
        LocalDate validUntil = date(prefix + "validUntil", row.validUntil(), false);
        if (validUntil != null && issuedOn != null && validUntil.isBefore(issuedOn)) {
            fail(prefix + "validUntil", "licence.validUntil.beforeIssued");
        } else if (validUntil != null && validUntil.isBefore(today)) {
            fail(prefix + "validUntil", "licence.validUntil.expired");
        }
        return errors.size() == before ? new Licence(kind, number, issuedOn, issuer, validUntil) : null;
    }

    private LocalDate date(String field, String typed, boolean required) {
        if (blank(typed)) {
            if (required) {
                fail(field, "required");
            }
            return null;
        }
        Optional<LocalDate> date = parseDate(typed.strip());
        if (date.isEmpty()) {
            fail(field, "date.format");
        }
        return date.orElse(null);
    }

    /** "2025-03-14" (date pickers, the API) or "14/03/2025" (typed by hand). */
    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
