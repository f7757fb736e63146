package vn.dacsan.listing.application;

/** Where a business's own uploads live in the media store: a listing may only use those, or pictures it already has. */
public final class UploadKeys {

    private UploadKeys() {
    }

    public static String prefix(long producerId) {
        return "uploads/" + owner(producerId) + "/";
    }

    /** The owner folder a business's uploads are stored under. */
    public static String owner(long producerId) {
        return "p" + producerId;
    }
}
