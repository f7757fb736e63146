package vn.dacsan.media;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A file the marketplace will not keep, and why, in words a seller can act on. Pages show
 * {@link #message(Locale)}; the API answers with {@link #getMessage()} (English). Nothing of a
 * rejected file is stored.
 */
public class UploadRejectedException extends RuntimeException {

    public enum Reason {
        /** No bytes at all (often: no file chosen). */
        EMPTY,
        /** More bytes than dacsan.upload.max-bytes. */
        TOO_LARGE,
        /** The content is not one of the formats the purpose accepts, whatever its name says. */
        UNSUPPORTED_TYPE,
        /** Starts like a picture but does not decode: damaged, truncated, or only a disguise. */
        UNREADABLE_IMAGE,
        /** Starts like a PDF but is cut short. */
        UNREADABLE_DOCUMENT,
        /** More pixels than dacsan.upload.max-pixels, read from the header before decoding. */
        TOO_MANY_PIXELS
    }

    private static final String BUNDLE = "i18n.messages";

    private final Reason reason;
    private final String fileName;
    private final Object[] details;

    UploadRejectedException(Reason reason, String fileName, Object... details) {
        this(reason, fileName, null, details);
    }

    UploadRejectedException(Reason reason, String fileName, Throwable cause, Object... details) {
        super(null, cause);
        this.reason = reason;
        this.fileName = fileName;
        this.details = details.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The name the file had on the sender's computer (only ever shown back, never used for storing). */
    public String fileName() {
        return fileName;
    }

    /** The bundle key of the message: upload.rejected.{REASON}; its {0} is the file name. */
    public String messageKey() {
        return "upload.rejected." + reason.name();
    }

    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = fileName.isEmpty() ? bundle.getString("upload.unnamed") : fileName;
        System.arraycopy(details, 0, arguments, 1, details.length);
        return new MessageFormat(bundle.getString(messageKey()), locale).format(arguments);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
