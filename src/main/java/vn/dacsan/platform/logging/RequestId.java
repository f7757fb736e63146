package vn.dacsan.platform.logging;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id of the request a thread is serving (from the caller's X-Request-Id, or made here), so
 * every log line written for that request can be found together. Bound by RequestIdFilter.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    /** The caller's id when it is a sensible token; otherwise a new one (never echoes arbitrary text). */
    public static String acceptOrCreate(String presented) {
        if (presented != null && ACCEPTED.matcher(presented).matches()) {
            return presented;
        }
        return random().toString();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id only has to be unique, and
     * UUID.randomUUID() makes every request queue for the one SecureRandom the server shares.
     */
    private static UUID random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low);
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void bind(String id) {
        CURRENT.set(id);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
