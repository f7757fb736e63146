package vn.dacsan.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Real small files for upload tests, made on the spot: pictures written by ImageIO, a minimal
 * PDF, and the disguises and broken files sellers' computers produce. The WebP files under
 * src/test/resources/media were made with cwebp (lossy 640x480; lossless 300x200 with transparency).
 */
final class TestFiles {

    private TestFiles() {
    }

    static BufferedImage picture(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        if (!transparent) {
            g.setPaint(new GradientPaint(0, 0, new Color(250, 230, 180), width, height, new Color(120, 80, 40)));
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(90, 140, 60));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpg");
    }

    static byte[] png(int width, int height, boolean transparent) {
        return encode(picture(width, height, transparent), "png");
    }

    static byte[] webp(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** What a Windows program starts with. */
    static byte[] executable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        return exe;
    }

    static byte[] webPage() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A real JPEG's first 600 bytes (its header and tables), then noise. */
    static byte[] jpegHeaderThenGarbage() {
        byte[] file = jpeg(640, 480);
        for (int i = 600; i < file.length; i++) {
            file[i] = (byte) (i * 31);
        }
        return file;
    }

    static byte[] cutShort(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /**
     * A JPEG laid out as a phone writes it: an Exif block (here only the orientation tag, e.g. 6
     * = "turn 90° clockwise to view") instead of ImageIO's JFIF block.
     */
    static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        int jfifLength = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(exif(orientation));
        out.write(jpeg, 4 + jfifLength, jpeg.length - 4 - jfifLength);
        return out.toByteArray();
    }

    /** A JPEG with the Exif block before ImageIO's JFIF block, an order the JDK's metadata parser refuses. */
    static byte[] jpegWithExifBeforeJfif(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(exif(orientation));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] exif(int orientation) {
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        exif.putShort((short) 1);
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);
        return exif.array();
    }

    /** A tiny PNG whose header claims width x height pixels: decoding it would need gigabytes. */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A small real JPEG whose frame header is changed to claim width x height pixels. */
    static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = jpeg(16, 16);
        for (int i = 2; i < jpeg.length - 9; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 marker");
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A stream of {@code size} bytes made as they are read, counting how many were asked for. */
    static final class EndlessUpload extends InputStream {

        private final long size;
        private long served;

        EndlessUpload(long size) {
            this.size = size;
        }

        long served() {
            return served;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'A';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            Arrays.fill(buffer, offset, offset + n, (byte) 'A');
            served += n;
            return n;
        }
    }
}
