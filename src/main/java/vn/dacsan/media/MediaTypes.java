package vn.dacsan.media;

import java.util.Map;

/** The content type of a stored file, from the extension its key was given when it was checked and stored. */
public final class MediaTypes {

    private static final Map<String, String> TYPES = Map.of(
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "webp", "image/webp",
            "pdf", "application/pdf");

    private MediaTypes() {
    }

    public static String ofKey(String key) {
        String type = TYPES.get(key.substring(key.lastIndexOf('.') + 1));
        if (type == null) {
            throw new IllegalArgumentException("Not a stored media key: " + key);
        }
        return type;
    }
}
