package dev.mockapis.openai;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Well-formed audio in the formats {@code audio.speech.create} offers, 24 kHz mono as OpenAI's speech is,
 * each carrying the spoken text in the format's own metadata so a transcription of it reads the text back.
 * {@code wav}, {@code pcm} and {@code flac} hold a soft 440 Hz tone; {@code mp3}, {@code aac} and {@code opus}
 * hold silent frames (encoding sound in those codecs is beyond a fake), each of the right length.
 */
final class AudioEncoder {

    static final int SAMPLE_RATE = 24_000;
    static final List<String> FORMATS = List.of("mp3", "opus", "aac", "flac", "wav", "pcm");

    /** The tag the text is stored under in WAV, FLAC, Ogg and ID3 metadata (AAC's ADTS has none). */
    static final String TEXT_TAG = "MOCKAPIS_TEXT=";

    private AudioEncoder() {}

    static String contentType(String format) {
        return switch (format) {
            case "mp3" -> "audio/mpeg";
            case "opus" -> "audio/ogg";
            case "aac" -> "audio/aac";
            case "flac" -> "audio/flac";
            case "wav" -> "audio/wav";
            default -> "audio/pcm";
        };
    }

    static byte[] encode(String format, String text, double seconds) {
        int samples = Math.max(1, (int) Math.round(seconds * SAMPLE_RATE));
        return switch (format) {
            case "wav" -> wav(tone(samples), text);
            case "pcm" -> littleEndian(tone(samples));
            case "flac" -> flac(tone(samples), text);
            case "mp3" -> mp3(samples, text);
            case "aac" -> aac(samples);
            case "opus" -> opus(samples, text);
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static short[] tone(int samples) {
        short[] pcm = new short[samples];
        for (int i = 0; i < samples; i++) {
            pcm[i] = (short) Math.round(1200 * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE));
        }
        return pcm;
    }

    private static byte[] littleEndian(short[] pcm) {
        ByteBuffer bytes = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : pcm) {
            bytes.putShort(sample);
        }
        return bytes.array();
    }

    /** RIFF WAVE: {@code fmt } (PCM, 16 bit), a {@code LIST INFO ICMT} chunk holding the text, {@code data}. */
    static byte[] wav(short[] pcm, String text) {
        byte[] data = littleEndian(pcm);
        byte[] comment = concat(comment(text), new byte[] {0});
        int commentPadded = comment.length + (comment.length % 2);
        int listSize = 4 + 8 + commentPadded;
        ByteBuffer out =
                ByteBuffer.allocate(12 + 24 + 8 + listSize + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(4 + 24 + 8 + listSize + 8 + data.length).put(ascii("WAVE"));
        out.put(ascii("fmt "))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(SAMPLE_RATE);
        out.putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        out.put(ascii("LIST"))
                .putInt(listSize)
                .put(ascii("INFO"))
                .put(ascii("ICMT"))
                .putInt(comment.length);
        out.put(comment);
        if (comment.length % 2 == 1) {
            out.put((byte) 0);
        }
        out.put(ascii("data")).putInt(data.length).put(data);
        return out.array();
    }

    /** FLAC: STREAMINFO, a VORBIS_COMMENT with the text, then fixed-size frames of verbatim subframes. */
    private static byte[] flac(short[] pcm, String text) {
        int blockSize = 4096;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("fLaC"));
        BitWriter info = new BitWriter();
        info.bits(blockSize, 16).bits(blockSize, 16).bits(0, 24).bits(0, 24);
        info.bits(SAMPLE_RATE, 20)
                .bits(0, 3)
                .bits(15, 5)
                .bits(pcm.length >>> 32, 4)
                .bits(pcm.length & 0xffffffffL, 32);
        byte[] streamInfo = concat(info.toBytes(), new byte[16]);
        out.write(0x00);
        out.writeBytes(int24(streamInfo.length));
        out.writeBytes(streamInfo);
        byte[] vendor = ascii("mockapis");
        byte[] comment = comment(text);
        ByteBuffer vorbis =
                ByteBuffer.allocate(4 + vendor.length + 4 + 4 + comment.length).order(ByteOrder.LITTLE_ENDIAN);
        vorbis.putInt(vendor.length)
                .put(vendor)
                .putInt(1)
                .putInt(comment.length)
                .put(comment);
        out.write(0x80 | 4);
        out.writeBytes(int24(vorbis.capacity()));
        out.writeBytes(vorbis.array());
        int frames = (pcm.length + blockSize - 1) / blockSize;
        for (int frame = 0; frame < frames; frame++) {
            int from = frame * blockSize;
            int count = Math.min(blockSize, pcm.length - from);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(0xFF);
            bytes.write(0xF8);
            bytes.write(0x77); // block size from the 16 bits after the frame number; 24 kHz
            bytes.write(0x08); // mono, 16 bits per sample
            bytes.writeBytes(utf8Number(frame));
            bytes.write((count - 1) >>> 8);
            bytes.write((count - 1) & 0xFF);
            bytes.write(crc8(bytes.toByteArray()));
            bytes.write(0x02); // verbatim subframe
            for (int i = 0; i < count; i++) {
                short sample = pcm[from + i];
                bytes.write(sample >>> 8 & 0xFF);
                bytes.write(sample & 0xFF);
            }
            int crc = crc16(bytes.toByteArray());
            bytes.write(crc >>> 8);
            bytes.write(crc & 0xFF);
            out.writeBytes(bytes.toByteArray());
        }
        return out.toByteArray();
    }

    /** MPEG-2 Layer III, 24 kHz mono 32 kbit/s silent frames (576 samples each) after an ID3v2 comment tag. */
    private static byte[] mp3(int samples, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] comment = concat(new byte[] {3, 'e', 'n', 'g', 0}, comment(text));
        ByteBuffer frame = ByteBuffer.allocate(10 + comment.length);
        frame.put(ascii("COMM")).putInt(comment.length).putShort((short) 0).put(comment);
        byte[] tag = frame.array();
        out.writeBytes(ascii("ID3"));
        out.write(3);
        out.write(0);
        out.write(0);
        out.writeBytes(synchsafe(tag.length));
        out.writeBytes(tag);
        int frames = (samples + 575) / 576;
        byte[] silent = new byte[96];
        silent[0] = (byte) 0xFF;
        silent[1] = (byte) 0xF3;
        silent[2] = (byte) 0x44;
        silent[3] = (byte) 0xC0;
        for (int i = 0; i < frames; i++) {
            out.writeBytes(silent);
        }
        return out.toByteArray();
    }

    /** ADTS AAC-LC, 24 kHz mono, silent raw data blocks of 1,024 samples each. */
    private static byte[] aac(int samples) {
        byte[] frame = {
            (byte) 0xFF, (byte) 0xF1, 0x58, 0x40, 0x01, 0x7F, (byte) 0xFC, 0x00, 0x00, 0x00, 0x07,
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < (samples + 1023) / 1024; i++) {
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }

    /** Ogg Opus: OpusHead, OpusTags with the text, then 20 ms silent CELT packets. */
    private static byte[] opus(int samples, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int serial = text.hashCode();
        ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        head.put(ascii("OpusHead")).put((byte) 1).put((byte) 1).putShort((short) 312);
        head.putInt(SAMPLE_RATE).putShort((short) 0).put((byte) 0);
        oggPage(out, 2, 0, serial, 0, List.of(head.array()));
        byte[] vendor = ascii("mockapis");
        byte[] comment = comment(text);
        ByteBuffer tags = ByteBuffer.allocate(8 + 4 + vendor.length + 4 + 4 + comment.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        tags.put(ascii("OpusTags"))
                .putInt(vendor.length)
                .put(vendor)
                .putInt(1)
                .putInt(comment.length)
                .put(comment);
        oggPage(out, 0, 0, serial, 1, List.of(tags.array()));
        byte[] silence = {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE};
        int packets = Math.max(1, (int) Math.ceil(samples / (SAMPLE_RATE * 0.02)));
        int sequence = 2;
        long granule = 312;
        for (int first = 0; first < packets; first += 50) {
            int count = Math.min(50, packets - first);
            granule += count * 960L;
            boolean last = first + count >= packets;
            oggPage(out, last ? 4 : 0, granule, serial, sequence++, java.util.Collections.nCopies(count, silence));
        }
        return out.toByteArray();
    }

    private static void oggPage(
            ByteArrayOutputStream out, int type, long granule, int serial, int sequence, List<byte[]> packets) {
        ByteArrayOutputStream segments = new ByteArrayOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] packet : packets) {
            int left = packet.length;
            while (left >= 255) {
                segments.write(255);
                left -= 255;
            }
            segments.write(left);
            body.writeBytes(packet);
        }
        byte[] table = segments.toByteArray();
        ByteBuffer page = ByteBuffer.allocate(27 + table.length + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        page.put(ascii("OggS"))
                .put((byte) 0)
                .put((byte) type)
                .putLong(granule)
                .putInt(serial)
                .putInt(sequence);
        page.putInt(0).put((byte) table.length).put(table).put(body.toByteArray());
        byte[] bytes = page.array();
        int crc = oggCrc(bytes);
        ByteBuffer.wrap(bytes, 22, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(crc);
        out.writeBytes(bytes);
    }

    /** The text a file made by this encoder carries, or null. */
    static @Nullable String embeddedText(byte[] audio) {
        byte[] tag = ascii(TEXT_TAG);
        int at = indexOf(audio, tag, 0, Math.min(audio.length, 64 * 1024));
        if (at < 0) {
            return null;
        }
        int start = at + tag.length;
        int end = indexOf(audio, new byte[] {'.'}, start, audio.length);
        if (end < 0) {
            return null;
        }
        try {
            return new String(
                    java.util.Base64.getDecoder()
                            .decode(new String(audio, start, end - start, StandardCharsets.ISO_8859_1)),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** The comment the text is kept in: the tag, the text in base64, and a full stop ending it. */
    private static byte[] comment(String text) {
        return ascii(
                TEXT_TAG + java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + ".");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Seconds of audio in a WAV file, or -1 for other formats. */
    static double wavSeconds(byte[] audio) {
        if (audio.length < 44 || !new String(audio, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")) {
            return -1;
        }
        ByteBuffer bytes = ByteBuffer.wrap(audio).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = 0;
        int at = 12;
        while (at + 8 <= audio.length) {
            String id = new String(audio, at, 4, StandardCharsets.ISO_8859_1);
            int size = bytes.getInt(at + 4);
            if (id.equals("fmt ") && at + 20 <= audio.length) {
                byteRate = bytes.getInt(at + 16);
            } else if (id.equals("data") && byteRate > 0) {
                return Math.min(size, audio.length - at - 8) / (double) byteRate;
            }
            if (size < 0) {
                return -1;
            }
            at += 8 + size + (size % 2);
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] int24(int value) {
        return new byte[] {(byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static byte[] synchsafe(int value) {
        return new byte[] {
            (byte) (value >>> 21 & 0x7F),
            (byte) (value >>> 14 & 0x7F),
            (byte) (value >>> 7 & 0x7F),
            (byte) (value & 0x7F)
        };
    }

    /** FLAC's frame numbers: UTF-8's variable-length coding. */
    private static byte[] utf8Number(int value) {
        if (value < 0x80) {
            return new byte[] {(byte) value};
        }
        if (value < 0x800) {
            return new byte[] {(byte) (0xC0 | value >>> 6), (byte) (0x80 | value & 0x3F)};
        }
        return new byte[] {
            (byte) (0xE0 | value >>> 12), (byte) (0x80 | value >>> 6 & 0x3F), (byte) (0x80 | value & 0x3F)
        };
    }

    private static int crc8(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x80) != 0 ? (crc << 1 ^ 0x07) & 0xFF : crc << 1 & 0xFF;
            }
        }
        return crc;
    }

    private static int crc16(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1 ^ 0x8005) & 0xFFFF : crc << 1 & 0xFFFF;
            }
        }
        return crc;
    }

    private static int oggCrc(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc ^= (b & 0xFF) << 24;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x80000000) != 0 ? crc << 1 ^ 0x04C11DB7 : crc << 1;
            }
        }
        return crc;
    }

    /** Writes values most significant bit first. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        BitWriter bits(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                current = current << 1 | (int) (value >>> i & 1);
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }
}
