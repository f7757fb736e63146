package vn.dacsan.payment.vietqr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A VietQR payload drawn as a black-on-white PNG QR code: error correction M (a code with about
 * 15% damaged, say a smudged or glaring screen, still reads, and the code stays coarse enough for
 * old phone cameras) and the 4-module quiet zone the QR standard asks for.
 */
public final class VietQrImage {

    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 2000;
    private static final int QUIET_ZONE_MODULES = 4;
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private VietQrImage() {
    }

    /** A square PNG of {@code size} pixels (300 suits a confirmation page and a phone camera). */
    public static byte[] png(String payload, int size) {
        if (payload == null || payload.isBlank()) {
            throw new IllegalArgumentException("QR payload is missing");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("QR image size must be " + MIN_SIZE + " to " + MAX_SIZE + " pixels, not " + size);
        }
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload cannot be drawn (" + payload.length() + " characters): " + e.getMessage(), e);
        }
        BufferedImage image = new BufferedImage(modules.getWidth(), modules.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                image.setRGB(x, y, modules.get(x, y) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PNG in memory failed", e);
        }
        return png.toByteArray();
    }

    /** The same PNG as a data: URI, for an {@code <img src>} on a page without a servlet. */
    public static String dataUri(String payload, int size) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(payload, size));
    }
}
