package dev.mockapis.openai;

import java.io.ByteArrayOutputStream;
import java.util.function.IntBinaryOperator;

/**
 * A baseline JPEG of flat 8x8 blocks, written by hand (no AWT): YCbCr without subsampling, a quantisation
 * table of ones, and each block coded by its DC difference alone, then end-of-block. The DC table is the
 * standard luminance one (ITU T.81, Annex K); the AC table holds only the end-of-block symbol, as no block
 * has any other.
 */
final class JpegEncoder {

    /** Code lengths 1..16 and symbols of ITU T.81's table K.3, the luminance DC differences. */
    private static final int[] DC_COUNTS = {0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};

    private static final int[] DC_CODES = new int[12];
    private static final int[] DC_LENGTHS = new int[12];

    static {
        int code = 0;
        int symbol = 0;
        for (int length = 1; length <= 16; length++) {
            for (int i = 0; i < DC_COUNTS[length - 1]; i++) {
                DC_CODES[symbol] = code++;
                DC_LENGTHS[symbol] = length;
                symbol++;
            }
            code <<= 1;
        }
    }

    private JpegEncoder() {}

    /**
     * A picture whose every 8x8 block has one colour.
     *
     * @param colourAt the RGB colour of the block whose top-left pixel is at (x, y)
     */
    static byte[] blocks(int width, int height, IntBinaryOperator colourAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        marker(out, 0xD8);
        segment(out, 0xDB, quantisation());
        segment(out, 0xC0, new byte[] {
            8,
            (byte) (height >> 8),
            (byte) height,
            (byte) (width >> 8),
            (byte) width,
            3,
            1,
            0x11,
            0,
            2,
            0x11,
            0,
            3,
            0x11,
            0
        });
        segment(out, 0xC4, huffmanTables());
        segment(out, 0xDA, new byte[] {3, 1, 0, 2, 0, 3, 0, 0, 63, 0});
        out.writeBytes(scan(width, height, colourAt));
        marker(out, 0xD9);
        return out.toByteArray();
    }

    private static byte[] quantisation() {
        byte[] table = new byte[65];
        java.util.Arrays.fill(table, 1, 65, (byte) 1);
        return table; // 8-bit precision, table 0
    }

    private static byte[] huffmanTables() {
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        tables.write(0x00); // DC, table 0
        for (int count : DC_COUNTS) {
            tables.write(count);
        }
        for (int symbol = 0; symbol < 12; symbol++) {
            tables.write(symbol);
        }
        tables.write(0x10); // AC, table 0: end-of-block only, one bit long
        tables.write(1);
        tables.writeBytes(new byte[15]);
        tables.write(0x00);
        return tables.toByteArray();
    }

    private static byte[] scan(int width, int height, IntBinaryOperator colourAt) {
        Bits bits = new Bits();
        int[] previous = new int[3];
        for (int y = 0; y < height; y += 8) {
            for (int x = 0; x < width; x += 8) {
                int rgb = colourAt.applyAsInt(x, y);
                double r = rgb >>> 16 & 0xFF;
                double g = rgb >>> 8 & 0xFF;
                double b = rgb & 0xFF;
                double[] ycc = {
                    0.299 * r + 0.587 * g + 0.114 * b,
                    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                    128 + 0.5 * r - 0.418688 * g - 0.081312 * b
                };
                for (int c = 0; c < 3; c++) {
                    // A flat block's DC coefficient is eight times its level-shifted value.
                    int dc = (int) Math.round(8 * (Math.min(255, Math.max(0, ycc[c])) - 128));
                    dc(bits, dc - previous[c]);
                    previous[c] = dc;
                    bits.write(0, 1); // end of block
                }
            }
        }
        return bits.finish();
    }

    private static void dc(Bits bits, int difference) {
        int magnitude = Math.abs(difference);
        int category = magnitude == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(magnitude);
        bits.write(DC_CODES[category], DC_LENGTHS[category]);
        if (category > 0) {
            int value = difference > 0 ? difference : difference + (1 << category) - 1;
            bits.write(value, category);
        }
    }

    private static void marker(ByteArrayOutputStream out, int code) {
        out.write(0xFF);
        out.write(code);
    }

    private static void segment(ByteArrayOutputStream out, int code, byte[] content) {
        marker(out, code);
        int length = content.length + 2;
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(content);
    }

    /** Entropy-coded bits, most significant first, with JPEG's 0x00 after every 0xFF byte. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                current = current << 1 | (value >>> i & 1);
                if (++used == 8) {
                    flush();
                }
            }
        }

        byte[] finish() {
            while (used != 0) {
                write(1, 1); // pad the last byte with ones
            }
            return out.toByteArray();
        }

        private void flush() {
            out.write(current);
            if (current == 0xFF) {
                out.write(0);
            }
            current = 0;
            used = 0;
        }
    }
}
