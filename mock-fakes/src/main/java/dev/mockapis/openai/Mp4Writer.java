package dev.mockapis.openai;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A minimal, well-formed MP4 (ISO base media file) of its own: {@code ftyp}, then {@code moov} with a movie
 * header of the clip's duration and one video track of its width and height, each box sized and nested as
 * the format says, so MP4 readers open it and report duration and size. The track holds no frames: the
 * fake renders no picture, and tests check the container, not the film.
 */
final class Mp4Writer {

    private static final int MOVIE_TIMESCALE = 1000;
    private static final int TRACK_TIMESCALE = 12_800;
    /** The identity transformation matrix every header carries (16.16 and 2.30 fixed point). */
    private static final int[] MATRIX = {0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000};

    private Mp4Writer() {}

    static byte[] clip(int width, int height, int seconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(box("ftyp", ascii("isom"), u32(0x200), ascii("isom"), ascii("iso2"), ascii("mp41")));
        out.writeBytes(box("moov", movieHeader(seconds), track(width, height, seconds)));
        return out.toByteArray();
    }

    private static byte[] movieHeader(int seconds) {
        ByteBuffer body = ByteBuffer.allocate(100);
        body.putInt(0); // version 0, no flags
        body.putInt(0).putInt(0); // creation and modification time
        body.putInt(MOVIE_TIMESCALE).putInt(seconds * MOVIE_TIMESCALE);
        body.putInt(0x0001_0000); // rate 1.0
        body.putShort((short) 0x0100); // volume 1.0
        body.put(new byte[10]);
        matrix(body);
        body.put(new byte[24]);
        body.putInt(2); // next track id
        return box("mvhd", body.array());
    }

    private static byte[] track(int width, int height, int seconds) {
        ByteBuffer header = ByteBuffer.allocate(84);
        header.putInt(0x0000_0003); // version 0; enabled, in movie
        header.putInt(0).putInt(0);
        header.putInt(1); // track id
        header.putInt(0);
        header.putInt(seconds * MOVIE_TIMESCALE);
        header.put(new byte[8]);
        header.putShort((short) 0).putShort((short) 0); // layer, alternate group
        header.putShort((short) 0); // volume: a video track has none
        header.putShort((short) 0);
        matrix(header);
        header.putInt(width << 16).putInt(height << 16);
        return box("trak", box("tkhd", header.array()), media(seconds));
    }

    private static byte[] media(int seconds) {
        ByteBuffer mediaHeader = ByteBuffer.allocate(24);
        mediaHeader.putInt(0).putInt(0).putInt(0);
        mediaHeader.putInt(TRACK_TIMESCALE).putInt(seconds * TRACK_TIMESCALE);
        mediaHeader.putShort((short) 0x55C4); // language "und", packed ISO-639-2
        mediaHeader.putShort((short) 0);
        byte[] handler = concat(u32(0), u32(0), ascii("vide"), new byte[12], nulTerminated("VideoHandler"));
        byte[] videoHeader = concat(u32(1), new byte[8]); // flags 1; graphics mode copy, no colour
        byte[] dataReference = box("dref", u32(0), u32(1), box("url ", u32(1))); // self-contained
        byte[] sampleTable = box(
                "stbl",
                box("stsd", u32(0), u32(0)),
                box("stts", u32(0), u32(0)),
                box("stsc", u32(0), u32(0)),
                box("stsz", u32(0), u32(0), u32(0)),
                box("stco", u32(0), u32(0)));
        return box(
                "mdia",
                box("mdhd", mediaHeader.array()),
                box("hdlr", handler),
                box("minf", box("vmhd", videoHeader), box("dinf", dataReference), sampleTable));
    }

    private static void matrix(ByteBuffer buffer) {
        for (int value : MATRIX) {
            buffer.putInt(value);
        }
    }

    /** A box: its 32-bit size (header included), its four-letter type, then its content. */
    static byte[] box(String type, byte[]... content) {
        byte[] body = concat(content);
        return ByteBuffer.allocate(8 + body.length)
                .putInt(8 + body.length)
                .put(ascii(type))
                .put(body)
                .array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] u32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] nulTerminated(String text) {
        return concat(text.getBytes(StandardCharsets.UTF_8), new byte[1]);
    }
}
