package vn.dacsan.media;

/** Public, context-relative address of a stored file. */
public final class MediaUrls {

    public static final String PREFIX = "/media/";

    private MediaUrls() {
    }

    public static String of(String storageKey) {
        return storageKey == null ? null : PREFIX + storageKey;
    }
}
