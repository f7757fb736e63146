package vn.dacsan.business.application;

/**
 * One problem with one field of the input: the field as the API names it ("phone",
 * "licences[0].issuedOn"), a code that is also the message key suffix, and the length limit
 * for "tooLong"/"tooShort".
 */
public record FieldError(String field, String code, Integer limit) {

    public static final String MESSAGE_PREFIX = "onboarding.error.";

    public static FieldError of(String field, String code) {
        return new FieldError(field, code, null);
    }

    public String messageKey() {
        return MESSAGE_PREFIX + code;
    }

    /** Arguments for the message pattern. */
    public Object[] messageArguments() {
        return limit == null ? new Object[0] : new Object[] {limit};
    }

    /** A clash with something already registered, rather than a malformed value. */
    public boolean isConflict() {
        return code.endsWith(".taken");
    }
}
