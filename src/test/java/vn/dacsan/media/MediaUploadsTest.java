package vn.dacsan.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dacsan.media.TestFiles.EndlessUpload;
import vn.dacsan.media.UploadRejectedException.Reason;

class MediaUploadsTest {

    private static final long FIVE_MB = 5L * 1024 * 1024;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @TempDir
    Path root;

    private MediaUploads uploads() {
        return uploads(FIVE_MB);
    }

    private MediaUploads uploads(long maxBytes) {
        return new MediaUploads(new MediaStore(root), maxBytes, 40_000_000, List.of(1200, 400));
    }

    private StoredUpload accept(byte[] content, String name, UploadPurpose purpose) {
        return uploads().accept(new ByteArrayInputStream(content), name, purpose);
    }

    private UploadRejectedException rejection(byte[] content, String name, UploadPurpose purpose) {
        UploadRejectedException rejected = catchThrowableOfType(UploadRejectedException.class,
                () -> accept(content, name, purpose));
        assertThat(rejected).as("%s is refused", name).isNotNull();
        return rejected;
    }

    private byte[] stored(String key) throws IOException {
        return Files.readAllBytes(root.resolve(key));
    }

    private BufferedImage storedPicture(String key) throws IOException {
        return ImageIO.read(root.resolve(key).toFile());
    }

    private List<Path> filesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void keepsAJpegPhotoWithCopiesForPages() throws IOException {
        byte[] photo = TestFiles.jpeg(2000, 1500);

        StoredUpload upload = accept(photo, "kẹo dừa.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(upload.key()).matches("uploads/products/([0-9a-f]{2})/\\1[0-9a-f]{30}\\.jpg");
        assertThat(upload.contentType()).isEqualTo("image/jpeg");
        assertThat(upload.bytes()).isEqualTo(photo.length);
        assertThat(upload.width()).isEqualTo(2000);
        assertThat(upload.height()).isEqualTo(1500);
        assertThat(upload.url()).isEqualTo("/media/" + upload.key());
        assertThat(stored(upload.key())).isEqualTo(photo);

        assertThat(upload.thumbnails()).extracting(StoredUpload.Thumbnail::maxSide).containsExactly(400, 1200);
        StoredUpload.Thumbnail small = upload.thumbnail(400).orElseThrow();
        StoredUpload.Thumbnail large = upload.thumbnail(1200).orElseThrow();
        assertThat(small.key()).isEqualTo(upload.key().replace(".jpg", "-400.jpg"));
        assertThat(small.contentType()).isEqualTo("image/jpeg");
        assertThat(List.of(small.width(), small.height())).containsExactly(400, 300);
        assertThat(List.of(large.width(), large.height())).containsExactly(1200, 900);
        BufferedImage smallOnDisk = storedPicture(small.key());
        assertThat(List.of(smallOnDisk.getWidth(), smallOnDisk.getHeight())).containsExactly(400, 300);
        assertThat(small.bytes()).isEqualTo(Files.size(root.resolve(small.key())));
        BufferedImage largeOnDisk = storedPicture(large.key());
        assertThat(List.of(largeOnDisk.getWidth(), largeOnDisk.getHeight())).containsExactly(1200, 900);
        assertThat(filesOnDisk()).hasSize(3);
    }

    @Test
    void neverEnlargesASmallPicture() throws IOException {
        StoredUpload upload = accept(TestFiles.jpeg(300, 200), "small.jpg", UploadPurpose.PRODUCT_IMAGE);

        for (StoredUpload.Thumbnail thumbnail : upload.thumbnails()) {
            assertThat(List.of(thumbnail.width(), thumbnail.height())).as("copy %d", thumbnail.maxSide()).containsExactly(300, 200);
            BufferedImage onDisk = storedPicture(thumbnail.key());
            assertThat(List.of(onDisk.getWidth(), onDisk.getHeight())).containsExactly(300, 200);
        }
    }

    @Test
    void sizesCopiesOfAVeryLargePictureExactly() throws IOException {
        // big enough to be decoded at a fraction of its size
        StoredUpload upload = accept(TestFiles.jpeg(5000, 2500), "big.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(List.of(upload.width(), upload.height())).containsExactly(5000, 2500);
        StoredUpload.Thumbnail large = upload.thumbnail(1200).orElseThrow();
        assertThat(List.of(large.width(), large.height())).containsExactly(1200, 600);
        BufferedImage onDisk = storedPicture(large.key());
        assertThat(List.of(onDisk.getWidth(), onDisk.getHeight())).containsExactly(1200, 600);
        StoredUpload.Thumbnail small = upload.thumbnail(400).orElseThrow();
        assertThat(List.of(small.width(), small.height())).containsExactly(400, 200);
    }

    @Test
    void turnsAPhonePortraitUprightAsItsExifSays() throws IOException {
        // stored 800x600 on the sensor, orientation 6: seen as 600x800
        StoredUpload upload = accept(TestFiles.jpegWithOrientation(800, 600, 6), "portrait.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(List.of(upload.width(), upload.height())).containsExactly(600, 800);
        StoredUpload.Thumbnail small = upload.thumbnail(400).orElseThrow();
        assertThat(List.of(small.width(), small.height())).containsExactly(300, 400);
        BufferedImage onDisk = storedPicture(small.key());
        assertThat(List.of(onDisk.getWidth(), onDisk.getHeight())).containsExactly(300, 400);
    }

    @Test
    void acceptsAJpegWhoseMetadataTheJdkCannotParse() {
        StoredUpload upload = accept(TestFiles.jpegWithExifBeforeJfif(800, 600, 6), "odd.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(upload.thumbnail(400)).isPresent();
    }

    @Test
    void aPngNamedJpgIsKeptAsPng() throws IOException {
        byte[] png = TestFiles.png(640, 480, false);

        StoredUpload upload = accept(png, "anh-san-pham.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(upload.key()).endsWith(".png");
        assertThat(upload.contentType()).isEqualTo("image/png");
        assertThat(stored(upload.key())).isEqualTo(png);
        // an opaque picture gets the lighter JPEG copies
        assertThat(upload.thumbnails()).allSatisfy(t -> {
            assertThat(t.contentType()).isEqualTo("image/jpeg");
            assertThat(t.key()).endsWith(".jpg");
        });
    }

    @Test
    void aPictureWithTransparencyKeepsItInPngCopies() throws IOException {
        StoredUpload upload = accept(TestFiles.png(800, 400, true), "logo.png", UploadPurpose.PRODUCT_IMAGE);

        StoredUpload.Thumbnail small = upload.thumbnail(400).orElseThrow();
        assertThat(small.contentType()).isEqualTo("image/png");
        assertThat(small.key()).endsWith("-400.png");
        BufferedImage onDisk = storedPicture(small.key());
        assertThat(List.of(onDisk.getWidth(), onDisk.getHeight())).containsExactly(400, 200);
        assertThat(onDisk.getColorModel().hasAlpha()).isTrue();
        assertThat(onDisk.getRGB(0, 0) >>> 24).as("a corner stays transparent").isZero();
    }

    @Test
    void acceptsWebP() throws IOException {
        byte[] webp = TestFiles.webp("photo-640x480.webp");

        StoredUpload upload = accept(webp, "xoai-say.webp", UploadPurpose.PRODUCT_IMAGE);

        assertThat(upload.key()).endsWith(".webp");
        assertThat(upload.contentType()).isEqualTo("image/webp");
        assertThat(List.of(upload.width(), upload.height())).containsExactly(640, 480);
        StoredUpload.Thumbnail small = upload.thumbnail(400).orElseThrow();
        assertThat(small.contentType()).isEqualTo("image/jpeg");
        BufferedImage onDisk = storedPicture(small.key());
        assertThat(List.of(onDisk.getWidth(), onDisk.getHeight())).containsExactly(400, 300);
        assertThat(stored(upload.key())).isEqualTo(webp);
    }

    @Test
    void aTransparentWebPGetsPngCopies() {
        StoredUpload upload = accept(TestFiles.webp("transparent-300x200.webp"), "logo.webp", UploadPurpose.PRODUCT_IMAGE);

        assertThat(List.of(upload.width(), upload.height())).containsExactly(300, 200);
        assertThat(upload.thumbnails()).allSatisfy(t -> assertThat(t.contentType()).isEqualTo("image/png"));
    }

    @Test
    void keepsAPdfCertificateScan() throws IOException {
        byte[] pdf = TestFiles.pdf();

        StoredUpload upload = accept(pdf, "chung-nhan-ocop.pdf", UploadPurpose.CERTIFICATE_SCAN);

        assertThat(upload.key()).matches("uploads/certificates/([0-9a-f]{2})/\\1[0-9a-f]{30}\\.pdf");
        assertThat(upload.contentType()).isEqualTo("application/pdf");
        assertThat(upload.isImage()).isFalse();
        assertThat(upload.thumbnails()).isEmpty();
        assertThat(stored(upload.key())).isEqualTo(pdf);
    }

    @Test
    void aCertificateMayBeAPhotoOfThePaper() {
        StoredUpload upload = accept(TestFiles.jpeg(1240, 1754), "giay-chung-nhan.jpg", UploadPurpose.CERTIFICATE_SCAN);

        assertThat(upload.key()).startsWith("uploads/certificates/").endsWith(".jpg");
        assertThat(upload.thumbnail(1200).orElseThrow().height()).isEqualTo(1200);
    }

    @Test
    void aProductPictureCannotBeAPdf() throws IOException {
        UploadRejectedException rejected = rejection(TestFiles.pdf(), "anh.pdf", UploadPurpose.PRODUCT_IMAGE);

        assertThat(rejected.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(rejected.getMessage()).isEqualTo("“anh.pdf” is not a kind of file we accept, whatever its name says. Accepted: JPEG, PNG, WebP.");
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void refusesAProgramRenamedToJpg() throws IOException {
        UploadRejectedException rejected = rejection(TestFiles.executable(), "keo-dua.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(rejected.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(rejected.fileName()).isEqualTo("keo-dua.jpg");
        assertThat(rejected.message(VIETNAMESE)).isEqualTo(
                "Tệp “keo-dua.jpg” không thuộc loại được nhận, dù tên tệp là gì. Chỉ nhận: JPEG, PNG, WebP.");
        assertThat(rejection(TestFiles.executable(), "scan.pdf", UploadPurpose.CERTIFICATE_SCAN).getMessage())
                .endsWith("Accepted: PDF, JPEG, PNG, WebP.");
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void refusesAWebPageNamedPng() throws IOException {
        UploadRejectedException rejected = rejection(TestFiles.webPage(), "anh.png", UploadPurpose.PRODUCT_IMAGE);

        assertThat(rejected.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void refusesAJpegHeaderFollowedByGarbage() throws IOException {
        UploadRejectedException rejected = rejection(TestFiles.jpegHeaderThenGarbage(), "hong.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(rejected.reason()).isEqualTo(Reason.UNREADABLE_IMAGE);
        assertThat(rejected.getMessage()).isEqualTo("“hong.jpg” looks like a JPEG picture but cannot be read: it is damaged"
                + " or incomplete. Please save the picture again and upload it once more.");
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void refusesPicturesCutShort() throws IOException {
        // the JDK decodes half a JPEG without failing (grey below the cut); it must still be refused
        assertThat(rejection(TestFiles.cutShort(TestFiles.jpeg(640, 480)), "a.jpg", UploadPurpose.PRODUCT_IMAGE).reason())
                .isEqualTo(Reason.UNREADABLE_IMAGE);
        assertThat(rejection(TestFiles.cutShort(TestFiles.png(640, 480, false)), "b.png", UploadPurpose.PRODUCT_IMAGE).reason())
                .isEqualTo(Reason.UNREADABLE_IMAGE);
        assertThat(rejection(TestFiles.cutShort(TestFiles.webp("photo-640x480.webp")), "c.webp", UploadPurpose.PRODUCT_IMAGE).reason())
                .isEqualTo(Reason.UNREADABLE_IMAGE);
        UploadRejectedException pdf = rejection(TestFiles.cutShort(TestFiles.pdf()), "d.pdf", UploadPurpose.CERTIFICATE_SCAN);
        assertThat(pdf.reason()).isEqualTo(Reason.UNREADABLE_DOCUMENT);
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void refusesA50MegabyteUploadAfterReadingJustPastTheLimit() throws IOException {
        EndlessUpload upload = new EndlessUpload(50L * 1024 * 1024);

        UploadRejectedException rejected = catchThrowableOfType(UploadRejectedException.class,
                () -> uploads().accept(upload, "video.jpg", UploadPurpose.PRODUCT_IMAGE));

        assertThat(rejected.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(upload.served()).isEqualTo(FIVE_MB + 1);
        assertThat(rejected.getMessage()).isEqualTo(
                "“video.jpg” is larger than 5 MB. Please choose a smaller file or reduce the picture size.");
        assertThat(rejected.message(VIETNAMESE)).startsWith("Tệp “video.jpg” lớn hơn 5 MB.");
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void theLimitIsInclusive() {
        byte[] photo = TestFiles.jpeg(320, 240);

        assertThat(uploads(photo.length).accept(new ByteArrayInputStream(photo), "a.jpg", UploadPurpose.PRODUCT_IMAGE).bytes())
                .isEqualTo(photo.length);
        assertThatThrownBy(() -> uploads(photo.length - 1).accept(new ByteArrayInputStream(photo), "a.jpg", UploadPurpose.PRODUCT_IMAGE))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        UploadRejectedException rejected = rejection(new byte[0], "", UploadPurpose.PRODUCT_IMAGE);

        assertThat(rejected.reason()).isEqualTo(Reason.EMPTY);
        assertThat(rejected.getMessage()).isEqualTo("“unnamed file” is empty. Please choose the file again.");
        assertThat(rejected.message(VIETNAMESE)).isEqualTo("Tệp “tệp không tên” trống. Vui lòng chọn lại tệp.");
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void refusesAPictureWhoseHeaderClaimsBillionsOfPixels() throws IOException {
        // decoding either would need gigabytes: the header alone must decide
        UploadRejectedException png = rejection(TestFiles.pngClaiming(50_000, 50_000), "bom.png", UploadPurpose.PRODUCT_IMAGE);
        UploadRejectedException jpeg = rejection(TestFiles.jpegClaiming(60_000, 60_000), "bom.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(png.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
        assertThat(jpeg.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
        assertThat(png.getMessage()).isEqualTo("“bom.png” is 50,000 × 50,000 pixels; a picture may have at most 40 megapixels."
                + " Please make it smaller.");
        assertThat(png.message(VIETNAMESE)).startsWith("Ảnh “bom.png” có 50.000 × 50.000 điểm ảnh; mỗi ảnh chỉ được tối đa 40 megapixel.");
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void storedNamesAreRandomAndNeverTheSendersName() {
        byte[] photo = TestFiles.jpeg(320, 240);

        StoredUpload first = accept(photo, "../../../etc/passwd.jpg", UploadPurpose.PRODUCT_IMAGE);
        StoredUpload second = accept(photo, "../../../etc/passwd.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(first.key()).isNotEqualTo(second.key()).doesNotContain("passwd").doesNotContain("..");
        assertThat(MediaStore.isSafeKey(first.key())).isTrue();
        assertThat(first.thumbnails()).allSatisfy(t -> assertThat(MediaStore.isSafeKey(t.key())).isTrue());
    }

    @Test
    void showsTheSendersNameWithoutItsFolder() {
        assertThat(MediaUploads.shownName("C:\\Users\\Lan\\Pictures\\kẹo dừa.jpg")).isEqualTo("kẹo dừa.jpg");
        assertThat(MediaUploads.shownName("/home/lan/anh.png")).isEqualTo("anh.png");
        assertThat(MediaUploads.shownName(" anh\u0000\n.png ")).isEqualTo("anh.png");
        assertThat(MediaUploads.shownName(null)).isEmpty();
        assertThat(MediaUploads.shownName("a".repeat(300))).hasSize(101).endsWith("…");
    }

    @Test
    void deletesAnUploadWithItsCopiesAndNothingElse() throws IOException {
        MediaUploads uploads = uploads();
        StoredUpload gone = uploads.accept(new ByteArrayInputStream(TestFiles.jpeg(800, 600)), "a.jpg", UploadPurpose.PRODUCT_IMAGE);
        StoredUpload kept = uploads.accept(new ByteArrayInputStream(TestFiles.jpeg(800, 600)), "b.jpg", UploadPurpose.PRODUCT_IMAGE);

        assertThat(uploads.delete(gone.key())).isTrue();

        assertThat(filesOnDisk()).hasSize(3).allSatisfy(file -> assertThat(root.relativize(file).toString())
                .startsWith(kept.key().substring(0, kept.key().length() - 4)));
        assertThat(uploads.delete(gone.key())).as("a second delete finds nothing").isFalse();
        assertThat(uploads.delete(kept.thumbnail(400).orElseThrow().key())).as("any copy's key names the upload").isTrue();
        assertThat(filesOnDisk()).isEmpty();
    }

    @Test
    void deleteRefusesWhatIsNotAnUpload() {
        MediaUploads uploads = uploads();

        for (String key : new String[] {"products/keo-dua-1.svg", "uploads/products/ab/../../x.jpg", null,
                "uploads/products/ab/cd0000000000000000000000000000ff.jpg"}) {
            assertThatThrownBy(() -> uploads.delete(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesNonsenseSettings() {
        MediaStore store = new MediaStore(root);
        assertThatThrownBy(() -> new MediaUploads(store, 0, 40_000_000, List.of(400)))
                .hasMessageContaining("dacsan.upload.max-bytes");
        assertThatThrownBy(() -> new MediaUploads(store, FIVE_MB, 40_000_000, List.of()))
                .hasMessageContaining("dacsan.upload.thumbnail-sizes");
        assertThatThrownBy(() -> new MediaUploads(store, FIVE_MB, 0, List.of(400)))
                .hasMessageContaining("dacsan.upload.max-pixels");
    }

    @Test
    void aFailureWhileStoringRemovesWhatWasAlreadyWritten() throws IOException {
        MediaStore failingOnCopies = new MediaStore(root) {
            @Override
            public void put(String key, byte[] content) {
                if (key.contains("-1200.")) {
                    throw new UncheckedIOException(new IOException("disk full"));
                }
                super.put(key, content);
            }
        };
        MediaUploads uploads = new MediaUploads(failingOnCopies, FIVE_MB, 40_000_000, List.of(400, 1200));

        assertThatThrownBy(() -> uploads.accept(new ByteArrayInputStream(TestFiles.jpeg(1600, 1200)), "a.jpg", UploadPurpose.PRODUCT_IMAGE))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(filesOnDisk()).isEmpty();
    }
}
