package vn.dacsan.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files (product pictures, certificate scans) in a folder outside the WAR (dacsan.media.dir).
 * Keys are generated names like "products/keo-dua-1.svg"; anything that could climb out of the
 * folder is refused. Uploads arrive through {@link MediaUploads}.
 */
@ApplicationScoped
public class MediaStore {

    private static final Pattern SAFE_FOLDER = Pattern.compile("[a-z0-9][a-z0-9\\-]*(/[a-z0-9][a-z0-9\\-]*)*");
    private static final Pattern SAFE_KEY = Pattern.compile(SAFE_FOLDER.pattern() + "\\.(svg|png|jpg|webp|pdf)");

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
            try {
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        }
    }

    /** Removes a stored file; false when there was none under that key. */
    public boolean delete(String key) {
        if (!isSafeKey(key)) {
            throw new IllegalArgumentException("Unsafe media key: " + key);
        }
        try {
            return Files.deleteIfExists(root.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    /** The keys of the files directly in a folder such as "uploads/products/3f"; none if it does not exist. */
    public List<String> keysIn(String folder) {
        if (folder == null || folder.length() > 200 || !SAFE_FOLDER.matcher(folder).matches()) {
            throw new IllegalArgumentException("Unsafe media folder: " + folder);
        }
        Path directory = root.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder + "/" + file.getFileName())
                    .filter(MediaStore::isSafeKey)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
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
