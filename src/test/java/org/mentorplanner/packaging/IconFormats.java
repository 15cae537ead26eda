package org.mentorplanner.packaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the sizes out of PNG, Windows ICO and macOS ICNS files, without decoding the pictures. */
final class IconFormats {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IconFormats() {
    }

    /** A PNG's header: its size and colour type (6 is RGBA). */
    record Png(int width, int height, int colourType) {
    }

    static boolean isPng(byte[] data, int offset) {
        return data.length >= offset + 24 && Arrays.equals(data, offset, offset + 8, PNG_SIGNATURE, 0, 8)
                && "IHDR".equals(new String(data, offset + 12, 4, StandardCharsets.US_ASCII));
    }

    static Png png(byte[] data, int offset) {
        if (!isPng(data, offset)) {
            throw new IllegalArgumentException("not a PNG at byte " + offset);
        }
        ByteBuffer header = ByteBuffer.wrap(data, offset + 16, 10).order(ByteOrder.BIG_ENDIAN);
        int width = header.getInt();
        int height = header.getInt();
        header.get(); // bit depth
        return new Png(width, height, header.get());
    }

    /**
     * The pictures of a Windows icon, by pixel size: {@code "png"} for a PNG entry, {@code "bmp"}
     * for a bitmap one (whose header must say the same size as the directory).
     */
    static Map<Integer, String> ico(byte[] data) {
        ByteBuffer file = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (file.getShort(0) != 0 || file.getShort(2) != 1) {
            throw new IllegalArgumentException("not an icon file (reserved 0, type 1)");
        }
        Map<Integer, String> pictures = new LinkedHashMap<>();
        int count = file.getShort(4);
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(data[entry]) == 0 ? 256 : Byte.toUnsignedInt(data[entry]);
            int height = Byte.toUnsignedInt(data[entry + 1]) == 0 ? 256 : Byte.toUnsignedInt(data[entry + 1]);
            int size = file.getInt(entry + 8);
            int offset = file.getInt(entry + 12);
            if (width != height || offset + size > data.length) {
                throw new IllegalArgumentException("entry " + i + " is " + width + "x" + height + " at " + offset + "+" + size);
            }
            if (isPng(data, offset)) {
                Png png = png(data, offset);
                if (png.width() != width || png.height() != height) {
                    throw new IllegalArgumentException("entry " + i + " says " + width + " px, its PNG " + png.width());
                }
                pictures.put(width, "png");
            } else {
                // BITMAPINFOHEADER: its height counts the picture and its mask.
                if (file.getInt(offset) != 40 || file.getInt(offset + 4) != width || file.getInt(offset + 8) != 2 * height) {
                    throw new IllegalArgumentException("entry " + i + " (" + width + " px) has no bitmap of that size");
                }
                pictures.put(width, "bmp");
            }
        }
        return pictures;
    }

    /** The entries of a macOS icon file, by type, each a PNG, with the PNG's size. */
    static Map<String, Integer> icns(byte[] data) {
        ByteBuffer file = ByteBuffer.wrap(data).order(ByteOrder.BIG_ENDIAN);
        if (!"icns".equals(new String(data, 0, 4, StandardCharsets.US_ASCII)) || file.getInt(4) != data.length) {
            throw new IllegalArgumentException("not an icns file, or its length field is not the file's length");
        }
        Map<String, Integer> entries = new LinkedHashMap<>();
        int offset = 8;
        while (offset < data.length) {
            String type = new String(data, offset, 4, StandardCharsets.US_ASCII);
            int length = file.getInt(offset + 4);
            if (length <= 8 || offset + length > data.length) {
                throw new IllegalArgumentException("entry " + type + " has a length of " + length);
            }
            Png png = png(data, offset + 8);
            if (png.width() != png.height()) {
                throw new IllegalArgumentException("entry " + type + " is not square");
            }
            entries.put(type, png.width());
            offset += length;
        }
        return entries;
    }
}
