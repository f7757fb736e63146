package vn.dacsan.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreTest {

    @TempDir
    Path root;

    @Test
    void storesFindsListsAndDeletes() throws IOException {
        MediaStore store = new MediaStore(root);
        store.put("uploads/products/ab/ab12.jpg", new byte[] {1, 2, 3});
        store.put("uploads/products/ab/ab12-400.jpg", new byte[] {4});

        assertThat(store.find("uploads/products/ab/ab12.jpg")).get().satisfies(file ->
                assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3));
        assertThat(store.keysIn("uploads/products/ab")).containsExactly("uploads/products/ab/ab12-400.jpg", "uploads/products/ab/ab12.jpg");
        assertThat(store.keysIn("uploads/products/cd")).isEmpty();

        assertThat(store.delete("uploads/products/ab/ab12.jpg")).isTrue();
        assertThat(store.delete("uploads/products/ab/ab12.jpg")).isFalse();
        assertThat(store.find("uploads/products/ab/ab12.jpg")).isEmpty();
        assertThat(store.keysIn("uploads/products/ab")).containsExactly("uploads/products/ab/ab12-400.jpg");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        new MediaStore(root).put("products/a.png", new byte[] {1});

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(root::relativize).map(Path::toString)).containsExactly("products/a.png");
        }
    }

    @Test
    void refusesKeysAndFoldersThatCouldLeaveTheStore() {
        MediaStore store = new MediaStore(root);

        assertThatThrownBy(() -> store.delete("../outside.jpg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete("products/a.exe")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.keysIn("..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.keysIn("/etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.keysIn("uploads/../..")).isInstanceOf(IllegalArgumentException.class);
    }
}
