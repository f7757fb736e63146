package vn.dacsan.media;

import java.util.List;
import java.util.Optional;

/**
 * A file accepted into the media store: the original (under {@code key}, with the type its
 * content really has) and, for pictures, smaller copies for pages. Width and height are as the
 * picture is meant to be seen (a phone photo turned upright); 0 for a PDF.
 */
public record StoredUpload(String key, String contentType, long bytes, int width, int height, List<Thumbnail> thumbnails) {

    public StoredUpload {
        thumbnails = List.copyOf(thumbnails);
    }

    /** A copy whose longest side is at most {@code maxSide} pixels (never larger than the original). */
    public record Thumbnail(int maxSide, String key, String contentType, long bytes, int width, int height) {

        public String url() {
            return MediaUrls.of(key);
        }
    }

    public boolean isImage() {
        return width > 0;
    }

    public String url() {
        return MediaUrls.of(key);
    }

    public Optional<Thumbnail> thumbnail(int maxSide) {
        return thumbnails.stream().filter(t -> t.maxSide() == maxSide).findFirst();
    }
}
