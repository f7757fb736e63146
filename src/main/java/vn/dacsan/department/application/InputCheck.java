package vn.dacsan.department.application;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.dacsan.listing.application.FieldError;

/** Collects every invalid field of one request, with messages in the reader's language (keys dept.error.*). */
final class InputCheck {

    private final Locale locale;
    private final List<FieldError> errors = new ArrayList<>();

    InputCheck(Locale locale) {
        this.locale = locale;
    }

    void reject(String field, String code, Object... arguments) {
        String pattern = ResourceBundle.getBundle("i18n.messages", locale).getString("dept.error." + code);
        errors.add(new FieldError(field, code, new MessageFormat(pattern, locale).format(arguments)));
    }

    /** The stripped text, or null when blank; too long is reported. */
    String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            reject(field, "tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }

    /** The stripped text; blank or too long is reported. */
    String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            reject(field, "required");
        }
        return text;
    }

    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidDepartmentInput(errors);
        }
    }
}
