package vn.dacsan.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.media.PictureDecoder.Picture;
import vn.dacsan.media.PictureVariants.Variant;
import vn.dacsan.media.UploadRejectedException.Reason;

/**
 * Takes a file a business uploads (a product picture, a scanned OCOP certificate), checks what
 * it really is, and keeps it with its page-sized copies in the {@link MediaStore}. The checks
 * all run in memory before anything is written, so a refused file leaves nothing behind.
 * Stored names are random (uploads/products/3f/3fa9…e1.jpg): the sender's file name is only
 * shown back in messages.
 */
@ApplicationScoped
public class MediaUploads {

    static final String FOLDER = "uploads";
    private static final Pattern UPLOAD_KEY =
            Pattern.compile(FOLDER + "/(?:[a-z][a-z0-9]*/)?[a-z]+/([0-9a-f]{2})/(\\1[0-9a-f]{30})(-[0-9]+)?\\.(jpg|png|webp|pdf)");
    private static final Pattern OWNER = Pattern.compile("[a-z][a-z0-9]{0,39}");
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers look for the end marker this far from the end of the file. */
    private static final int PDF_END_WINDOW = 1024;
    private static final double MEGABYTE = 1024 * 1024;
    private static final long MAX_BYTES_CEILING = 512L * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MediaStore store;
    @Inject
    @ConfigProperty(name = "dacsan.upload.max-bytes", defaultValue = "5242880")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "dacsan.upload.max-pixels", defaultValue = "40000000")
    long maxPixels;
    @Inject
    @ConfigProperty(name = "dacsan.upload.thumbnail-sizes", defaultValue = "400,1200")
    List<Integer> thumbnailSizes;

    public MediaUploads() {
    }

    public MediaUploads(MediaStore store, long maxBytes, long maxPixels, List<Integer> thumbnailSizes) {
        this.store = store;
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.thumbnailSizes = thumbnailSizes;
        init();
    }

    @PostConstruct
    void init() {
        if (maxBytes <= 0 || maxBytes > MAX_BYTES_CEILING) {
            throw new IllegalStateException("dacsan.upload.max-bytes must be between 1 and " + MAX_BYTES_CEILING + ", not " + maxBytes);
        }
        if (maxPixels <= 0) {
            throw new IllegalStateException("dacsan.upload.max-pixels must be positive, not " + maxPixels);
        }
        if (thumbnailSizes.isEmpty() || thumbnailSizes.stream().anyMatch(size -> size <= 0)) {
            throw new IllegalStateException("dacsan.upload.thumbnail-sizes must be positive pixel sizes, not " + thumbnailSizes);
        }
        thumbnailSizes = thumbnailSizes.stream().distinct().sorted().toList();
    }

    /**
     * Reads at most max-bytes + 1 bytes of {@code in} (a bigger file is refused without reading
     * the rest), checks it, and stores it.
     *
     * @param originalName the file's name on the sender's computer; only shown back in messages
     * @throws UploadRejectedException when the file is empty, too big, not an accepted format,
     *                                 or a picture that does not decode or has too many pixels
     */
    public StoredUpload accept(InputStream in, String originalName, UploadPurpose purpose) {
        return accept(in, originalName, purpose, null);
    }

    /**
     * Like {@link #accept(InputStream, String, UploadPurpose)}, stored under the owner's own
     * folder ({@code uploads/p1234/products/…}), so that a listing can be checked to use only
     * its business's files.
     */
    public StoredUpload accept(InputStream in, String originalName, UploadPurpose purpose, String owner) {
        if (owner != null && !OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("Not an upload owner folder: " + owner);
        }
        String fileName = shownName(originalName);
        byte[] content = readAtMost(in, maxBytes + 1);
        if (content.length == 0) {
            throw new UploadRejectedException(Reason.EMPTY, fileName);
        }
        if (content.length > maxBytes) {
            throw new UploadRejectedException(Reason.TOO_LARGE, fileName, maxBytes / MEGABYTE);
        }
        UploadFormat format = UploadFormat.recognise(content).filter(purpose::accepts)
                .orElseThrow(() -> new UploadRejectedException(Reason.UNSUPPORTED_TYPE, fileName, purpose.acceptedFormats()));
        String id = HexFormat.of().formatHex(randomBytes());
        String base = FOLDER + "/" + (owner == null ? "" : owner + "/") + purpose.folder() + "/" + id.substring(0, 2) + "/" + id;
        if (!format.isImage()) {
            if (!endsLikePdf(content)) {
                throw new UploadRejectedException(Reason.UNREADABLE_DOCUMENT, fileName);
            }
            String key = base + "." + format.extension();
            store.put(key, content);
            return new StoredUpload(key, format.contentType(), content.length, 0, 0, List.of());
        }
        Picture picture = PictureDecoder.decode(content, format, fileName, maxPixels, Collections.max(thumbnailSizes));
        List<Variant> variants = PictureVariants.of(picture, thumbnailSizes);
        return storeAll(base, format, content, picture, variants);
    }

    private StoredUpload storeAll(String base, UploadFormat format, byte[] content, Picture picture, List<Variant> variants) {
        List<String> written = new ArrayList<>();
        try {
            String key = base + "." + format.extension();
            store.put(key, content);
            written.add(key);
            List<StoredUpload.Thumbnail> thumbnails = new ArrayList<>();
            for (Variant variant : variants) {
                String variantKey = base + "-" + variant.maxSide() + "." + variant.format().extension();
                store.put(variantKey, variant.content());
                written.add(variantKey);
                thumbnails.add(new StoredUpload.Thumbnail(variant.maxSide(), variantKey, variant.format().contentType(),
                        variant.content().length, variant.width(), variant.height()));
            }
            return new StoredUpload(key, format.contentType(), content.length, picture.width(), picture.height(), thumbnails);
        } catch (RuntimeException e) {
            written.forEach(store::delete);
            throw e;
        }
    }

    /**
     * Removes an upload and its copies, given the key of the original or of any copy. Keys
     * that are not uploads (the demo pictures) are refused.
     *
     * @return whether anything was removed
     */
    public boolean delete(String key) {
        Matcher upload = key == null ? null : UPLOAD_KEY.matcher(key);
        if (upload == null || !upload.matches()) {
            throw new IllegalArgumentException("Not an uploaded file: " + key);
        }
        String folder = key.substring(0, key.lastIndexOf('/'));
        String id = upload.group(2);
        boolean removed = false;
        for (String stored : store.keysIn(folder)) {
            String name = stored.substring(folder.length() + 1);
            if (name.startsWith(id + ".") || name.startsWith(id + "-")) {
                removed |= store.delete(stored);
            }
        }
        return removed;
    }

    /** The configured limit, for page hints ("up to 5 MB") and an early Content-Length check. */
    public long maxBytes() {
        return maxBytes;
    }

    public List<Integer> thumbnailSizes() {
        return thumbnailSizes;
    }

    private static byte[] readAtMost(InputStream in, long limit) {
        try {
            return in.readNBytes((int) limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static boolean endsLikePdf(byte[] content) {
        int from = Math.max(0, content.length - PDF_END_WINDOW);
        for (int i = content.length - PDF_END.length; i >= from; i--) {
            if (Arrays.equals(content, i, i + PDF_END.length, PDF_END, 0, PDF_END.length)) {
                return true;
            }
        }
        return false;
    }

    /** The sender's file name without any folder part or control characters, cut to a sensible length. */
    static String shownName(String originalName) {
        if (originalName == null) {
            return "";
        }
        String name = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return name.codePointCount(0, name.length()) > 100 ? name.substring(0, name.offsetByCodePoints(0, 100)) + "…" : name;
    }
}
