package dev.mockapis.openai;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder of its own (signature, {@code IHDR}, zlib-compressed {@code IDAT}, {@code IEND}, each chunk
 * with its CRC-32), so images need no AWT and work on headless machines. Pictures are a diagonal gradient
 * between two colours taken from a seed, so the same prompt always gives the same image.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngEncoder() {}

    static byte[] gradient(int width, int height, long seed, boolean transparent) {
        int channels = transparent ? 4 : 3;
        int[] from = {(int) (seed & 0xFF), (int) (seed >>> 8 & 0xFF), (int) (seed >>> 16 & 0xFF)};
        int[] to = {(int) (seed >>> 24 & 0xFF), (int) (seed >>> 32 & 0xFF), (int) (seed >>> 40 & 0xFF)};
        byte[] raw = new byte[height * (1 + width * channels)];
        int at = 0;
        int span = Math.max(1, width + height - 2);
        for (int y = 0; y < height; y++) {
            raw[at++] = 0; // filter: none
            for (int x = 0; x < width; x++) {
                int mix = (x + y) * 255 / span;
                for (int c = 0; c < 3; c++) {
                    raw[at++] = (byte) ((from[c] * (255 - mix) + to[c] * mix) / 255);
                }
                if (transparent) {
                    raw[at++] = (byte) (255 - mix / 2);
                }
            }
        }
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width).putInt(height).put((byte) 8).put((byte) (transparent ? 6 : 2));
        header.put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
        out.writeBytes(chunk.array());
    }
}
