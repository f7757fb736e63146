package vn.dacsan.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import vn.dacsan.media.UploadRejectedException.Reason;

/**
 * Decodes an uploaded picture, refusing it before decoding when its header announces too many
 * pixels (a small file can unpack into gigabytes) and after when it does not decode completely.
 * The WebP reader is used through its service provider directly rather than the global ImageIO
 * registry, which inside an application server may have been filled before the WAR's jars were
 * visible, and would keep the WAR's classes alive after an undeploy.
 */
final class PictureDecoder {

    /** A picture ready for resizing: decoded (possibly at a reduced size), turned upright. */
    record Picture(BufferedImage image, int width, int height, boolean transparent) {
    }

    private PictureDecoder() {
    }

    /**
     * @param neededSide the longest side the caller will make of it: a much bigger picture is
     *                   decoded at a fraction of its size (every n-th pixel, n at most half the
     *                   ratio), which keeps memory in check and the quality of the copies
     */
    static Picture decode(byte[] content, UploadFormat format, String fileName, long maxPixels, int neededSide) {
        ImageReader reader = readerFor(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, format != UploadFormat.JPEG);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > maxPixels) {
                throw new UploadRejectedException(Reason.TOO_MANY_PIXELS, fileName, width, height, maxPixels / 1_000_000.0);
            }
            Orientation orientation = format == UploadFormat.JPEG ? orientation(reader) : null;
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * neededSide));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (warnings.stream().anyMatch(PictureDecoder::meansCutShort)) {
                throw new UploadRejectedException(Reason.UNREADABLE_IMAGE, fileName, format.displayName());
            }
            if (orientation != null && orientation != Orientation.TOP_LEFT) {
                image = ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
            }
            boolean sideways = orientation == Orientation.LEFT_TOP || orientation == Orientation.RIGHT_TOP
                    || orientation == Orientation.RIGHT_BOTTOM || orientation == Orientation.LEFT_BOTTOM;
            return new Picture(image, sideways ? height : width, sideways ? width : height, hasTransparentPixels(image));
        } catch (UploadRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a decoder meeting malformed data may fail with anything: the picture is unreadable either way
            throw new UploadRejectedException(Reason.UNREADABLE_IMAGE, fileName, e, format.displayName());
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(UploadFormat format) {
        if (format == UploadFormat.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.displayName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        return readers.next();
    }

    /**
     * How the camera says the picture is meant to be seen. The JDK refuses the metadata of some
     * files that decode fine (an Exif block before the JFIF one): those are taken as they are.
     */
    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException unusualMetadata) {
            return null;
        }
    }

    /**
     * The JDK's JPEG reader does not fail on a file cut short: it fills the missing part with
     * grey and only warns ("Truncated File - Missing EOI marker", "premature end of data
     * segment"). Other warnings (a stray byte before a marker, an odd colour profile) are common
     * in camera files that every browser shows, so they pass.
     */
    private static boolean meansCutShort(String warning) {
        String text = warning.toLowerCase(Locale.ROOT);
        return text.contains("truncated") || text.contains("premature end");
    }

    private static boolean hasTransparentPixels(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
