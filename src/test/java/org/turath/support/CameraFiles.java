package org.turath.support;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Photographs as a camera hands them over, for the tests of what the portal keeps of an upload. */
public final class CameraFiles {

    private CameraFiles() {
    }

    /**
     * A JPEG 2,400 pixels wide carrying {@code hidden} in a comment segment, where a camera could write its position: the
     * portal's own copies must not contain it.
     */
    public static byte[] jpegWithComment(String hidden) {
        try {
            BufferedImage image = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            byte[] plain = out.toByteArray();
            byte[] text = hidden.getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream marked = new ByteArrayOutputStream();
            marked.write(plain, 0, 2);
            marked.write(0xFF);
            marked.write(0xFE);
            marked.write((text.length + 2) >> 8);
            marked.write((text.length + 2) & 0xFF);
            marked.write(text);
            marked.write(plain, 2, plain.length - 2);
            return marked.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
