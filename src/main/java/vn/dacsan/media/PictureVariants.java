package vn.dacsan.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import vn.dacsan.media.PictureDecoder.Picture;

/**
 * The smaller copies of a picture that pages show: JPEG, or PNG when the picture has
 * transparent parts (a JPEG would paint them black). A copy is never bigger than the original.
 */
final class PictureVariants {

    record Variant(int maxSide, UploadFormat format, byte[] content, int width, int height) {
    }

    private static final float JPEG_QUALITY = 0.85f;

    private PictureVariants() {
    }

    static List<Variant> of(Picture picture, List<Integer> maxSides) {
        UploadFormat format = picture.transparent() ? UploadFormat.PNG : UploadFormat.JPEG;
        List<Variant> variants = new ArrayList<>();
        for (int maxSide : maxSides) {
            BufferedImage copy = resize(picture, maxSide, format);
            variants.add(new Variant(maxSide, format, encode(copy, format), copy.getWidth(), copy.getHeight()));
        }
        return variants;
    }

    private static BufferedImage resize(Picture picture, int maxSide, UploadFormat format) {
        BufferedImage image = picture.image();
        Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image)
                .imageType(format == UploadFormat.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        // the image may have been decoded at a fraction of the original: compare with the original
        if (Math.max(picture.width(), picture.height()) > maxSide) {
            builder.size(maxSide, maxSide);
        } else {
            builder.scale(1.0);
        }
        try {
            return builder.asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, UploadFormat format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.displayName()).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format == UploadFormat.JPEG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // a memory-cached stream: ImageIO's default caches in temporary files
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
