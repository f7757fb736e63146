package vn.dacsan.media;

import java.util.List;
import java.util.stream.Collectors;

/** What a business (or the department's news desk) uploads a file for; decides which formats are accepted and where it is kept. */
public enum UploadPurpose {

    PRODUCT_IMAGE("products", List.of(UploadFormat.JPEG, UploadFormat.PNG, UploadFormat.WEBP)),
    /** A scanned OCOP certificate: a PDF from a scanner, or a photo of the paper. */
    CERTIFICATE_SCAN("certificates", List.of(UploadFormat.PDF, UploadFormat.JPEG, UploadFormat.PNG, UploadFormat.WEBP)),
    /** The cover picture of a news article, uploaded by department staff. */
    NEWS_COVER("news", List.of(UploadFormat.JPEG, UploadFormat.PNG, UploadFormat.WEBP));

    private final String folder;
    private final List<UploadFormat> formats;

    UploadPurpose(String folder, List<UploadFormat> formats) {
        this.folder = folder;
        this.formats = formats;
    }

    public boolean accepts(UploadFormat format) {
        return formats.contains(format);
    }

    /** "JPEG, PNG, WebP": the same in every language. */
    public String acceptedFormats() {
        return formats.stream().map(UploadFormat::displayName).collect(Collectors.joining(", "));
    }

    String folder() {
        return folder;
    }
}
