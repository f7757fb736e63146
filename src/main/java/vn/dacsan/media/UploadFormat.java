package vn.dacsan.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the marketplace keeps, recognised by their first bytes (the name and the
 * content type a browser declares are whatever the sender says, so they decide nothing).
 */
public enum UploadFormat {

    JPEG("JPEG", "image/jpeg", "jpg"),
    PNG("PNG", "image/png", "png"),
    WEBP("WebP", "image/webp", "webp"),
    PDF("PDF", "application/pdf", "pdf");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_MARK = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String displayName;
    private final String contentType;
    private final String extension;

    UploadFormat(String displayName, String contentType, String extension) {
        this.displayName = displayName;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format these bytes are in, or empty when they are none of ours (an executable, a web page, ...). */
    public static Optional<UploadFormat> recognise(byte[] content) {
        if (startsWith(content, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 0, PDF_START)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] expected) {
        return content.length >= offset + expected.length
                && Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
    }

    public boolean isImage() {
        return this != PDF;
    }

    public String displayName() {
        return displayName;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
