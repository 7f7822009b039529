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

    /**
     * A JPEG whose EXIF block says where it was taken ({@code latitude}, {@code longitude}, in degrees, north and east
     * positive), as a phone writes it: a TIFF directory pointing to a GPS directory of degrees, minutes and seconds.
     */
    public static byte[] jpegWithPosition(double latitude, double longitude) {
        try {
            BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            byte[] plain = out.toByteArray();
            java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(200).order(java.nio.ByteOrder.BIG_ENDIAN);
            tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(8);
            // IFD0 at 8: one entry, GPSInfo (0x8825, LONG) pointing to the GPS directory at 26
            tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
            // the GPS directory at 26: four entries (2 + 4 * 12 + 4 = 54 bytes), its rationals from 80
            tiff.putShort((short) 4);
            tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{(byte) (latitude >= 0 ? 'N' : 'S'), 0, 0, 0});
            tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
            tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[]{(byte) (longitude >= 0 ? 'E' : 'W'), 0, 0, 0});
            tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
            tiff.putInt(0);
            for (double degrees : new double[]{Math.abs(latitude), Math.abs(longitude)}) {
                int whole = (int) degrees;
                int minutes = (int) ((degrees - whole) * 60);
                long seconds = Math.round(((degrees - whole) * 60 - minutes) * 60 * 1000);
                tiff.putInt(whole).putInt(1).putInt(minutes).putInt(1).putInt((int) seconds).putInt(1000);
            }
            byte[] body = java.util.Arrays.copyOf(tiff.array(), 128);
            ByteArrayOutputStream marked = new ByteArrayOutputStream();
            marked.write(plain, 0, 2);
            marked.write(0xFF);
            marked.write(0xE1);
            int length = 2 + 6 + body.length;
            marked.write(length >> 8);
            marked.write(length & 0xFF);
            marked.write(new byte[]{'E', 'x', 'i', 'f', 0, 0});
            marked.write(body);
            marked.write(plain, 2, plain.length - 2);
            return marked.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
