package vn.dacsan.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The harness's {@code -D} options, read strictly. A value an option cannot take stops the run
 * before anything starts, with a message naming the option; {@code Integer.getInteger} would read
 * "1m" or "-5" as "not set" (or as a negative count) and run the default without a word.
 */
final class BenchOptions {

    private BenchOptions() {
    }

    /** A whole number from {@code min} to {@code max}; the default when the option is absent or empty. */
    static int count(String name, int defaultValue, int min, int max) {
        String value = value(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.replace("_", ""));
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new IllegalArgumentException("-D" + name + "=" + value + ": needs a whole number from " + min + " to " + max);
    }

    /** Whole seconds, at least {@code minSeconds} (at most a day). */
    static Duration seconds(String name, int defaultSeconds, int minSeconds) {
        return Duration.ofSeconds(count(name, defaultSeconds, minSeconds, 86_400));
    }

    /** {@code true} or {@code false}; absent or empty is false. */
    static boolean flag(String name) {
        String value = value(name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("-D" + name + "=" + value + ": needs true or false");
        };
    }

    /** The tool its options make, or the end of the JVM with the message of the option it cannot take. */
    static <T> T orExit(String tool, Supplier<T> withOptions) {
        try {
            return withOptions.get();
        } catch (IllegalArgumentException badOption) {
            System.err.println(tool + " not started: " + badOption.getMessage());
            System.exit(2);
            throw badOption;
        }
    }

    private static String value(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
