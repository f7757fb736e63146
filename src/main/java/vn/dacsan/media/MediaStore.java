package vn.dacsan.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files (product pictures, later certificate scans) in a folder outside the WAR
 * (dacsan.media.dir). Keys are generated names like "products/keo-dua-1.svg"; anything that
 * could climb out of the folder is refused.
 */
@ApplicationScoped
public class MediaStore {

    private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9][a-z0-9\\-]*(/[a-z0-9][a-z0-9\\-]*)*\\.(svg|png|jpg|webp|pdf)");

    @Inject
    @ConfigProperty(name = "dacsan.media.dir", defaultValue = "data/media")
    String directory;

    private Path root;

    public MediaStore() {
    }

    public MediaStore(Path root) {
        this.root = root;
    }

    @PostConstruct
    void init() {
        root = Path.of(directory).toAbsolutePath().normalize();
    }

    public static boolean isSafeKey(String key) {
        return key != null && key.length() <= 200 && SAFE_KEY.matcher(key).matches();
    }

    public void put(String key, byte[] content) {
        if (!isSafeKey(key)) {
            throw new IllegalArgumentException("Unsafe media key: " + key);
        }
        try {
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        }
    }

    public Optional<Path> find(String key) {
        if (!isSafeKey(key)) {
            return Optional.empty();
        }
        Path file = root.resolve(key).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
