package dev.mockapis.openai;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A lossless WebP ({@code VP8L}) of one colour, written by hand: no transform, no colour cache, and five
 * prefix codes of one symbol each (green, red, blue, alpha, distance). A code of one symbol takes no bits
 * per pixel, so the picture is its headers alone, whatever its size, and every WebP decoder reads it.
 */
final class WebpEncoder {

    private static final int MAX_SIDE = 16_384;

    private WebpEncoder() {}

    static byte[] solid(int width, int height, int rgb) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException(
                    "A lossless WebP is 1 to 16384 pixels a side, not " + width + "x" + height);
        }
        Bits bits = new Bits();
        bits.write(0x2F, 8); // VP8L signature
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // no alpha
        bits.write(0, 3); // version 0
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // one prefix-code group for the whole image
        singleSymbol(bits, rgb >>> 8 & 0xFF); // green
        singleSymbol(bits, rgb >>> 16 & 0xFF); // red
        singleSymbol(bits, rgb & 0xFF); // blue
        singleSymbol(bits, 0xFF); // alpha
        singleSymbol(bits, 0); // distance: never used
        byte[] data = bits.toByteArray();
        int padded = data.length + (data.length & 1);
        ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded);
        riff.put("WEBP".getBytes(StandardCharsets.US_ASCII));
        riff.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length);
        riff.put(data);
        return riff.array();
    }

    /** A "simple" prefix code holding one symbol, written in 1 or 8 bits. */
    private static void singleSymbol(Bits bits, int symbol) {
        bits.write(1, 1); // simple code
        bits.write(0, 1); // one symbol
        if (symbol < 2) {
            bits.write(0, 1);
            bits.write(symbol, 1);
        } else {
            bits.write(1, 1);
            bits.write(symbol, 8);
        }
    }

    /** VP8L's bit order: each value's least significant bit first, bytes filled from their lowest bit. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= (value >>> i & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] toByteArray() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }
}
