package dev.mockapis.core;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The input of one accepted connection as MockWebServer reads it: each request is read whole here
 * first, checked, and handed on re-framed, so MockWebServer only ever parses well-formed requests.
 *
 * <ul>
 *   <li>A malformed request ({@link RequestHead}), a body that cannot be framed, or one over
 *       {@value #MAX_BODY_BYTES} bytes, is answered here with the provider's error (400, 413, 431,
 *       505) and the connection closed; MockWebServer sees the end of the stream.</li>
 *   <li>A client that starts a request and then stops sending gets a 408 after the read timeout, and
 *       the connection closes. A kept-alive connection idle longer than the idle timeout is closed.</li>
 *   <li>A request whose client goes away before its end (an aborted upload) is dropped here: it never
 *       reaches MockWebServer, its queue or the interaction log.</li>
 *   <li>{@code Expect: 100-continue} is answered here.</li>
 * </ul>
 */
final class GuardedInput extends InputStream {

    /** The largest request body accepted. */
    static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private static final int POLL_MILLIS = 100;

    private final Socket socket;
    private final InputStream raw;
    private final OutputStream out;
    private final ServerLimits limits;
    private final Rejections rejections;
    private byte[] pending = new byte[0];
    private int position;
    private boolean ended;

    GuardedInput(Socket socket, InputStream raw, OutputStream out, ServerLimits limits, Rejections rejections) {
        this.socket = socket;
        this.raw = new BufferedInputStream(raw, 16 * 1024);
        this.out = out;
        this.limits = limits;
        this.rejections = rejections;
    }

    @Override
    public synchronized int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == pending.length && !nextRequest()) {
            return -1;
        }
        int count = Math.min(length, pending.length - position);
        System.arraycopy(pending, position, buffer, offset, count);
        position += count;
        if (position == pending.length) {
            pending = new byte[0];
            position = 0;
        }
        return count;
    }

    @Override
    public int available() {
        return pending.length - position;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /**
     * Waits, without answering, until the client disconnects, the socket closes, {@code release} says
     * so, or the deadline passes. Only while MockWebServer is not reading: during a dispatch.
     *
     * @return whether the client went away (or the socket closed) before the wait ended otherwise
     */
    boolean awaitDisconnect(long deadlineNanos, BooleanSupplier release) {
        try {
            while (!socket.isClosed() && !release.getAsBoolean()) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                socket.setSoTimeout((int) Math.max(1, Math.min(POLL_MILLIS, left / 1_000_000)));
                try {
                    if (raw.read() < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException stillThere) {
                    // poll again
                }
            }
            return socket.isClosed();
        } catch (IOException gone) {
            return true;
        }
    }

    /**
     * Waits until the deadline while a paced response is written, watching the connection: returns early,
     * with {@code true}, when the client disconnects, the socket closes or {@code release} says so. Bytes
     * the client sends meanwhile stay unread, for the next request. Only while MockWebServer is not
     * reading: while it writes a response.
     *
     * @return whether the wait ended before the deadline because the client or the fake went away
     */
    boolean awaitGap(long deadlineNanos, BooleanSupplier release) {
        try {
            while (!socket.isClosed() && !release.getAsBoolean()) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                if (left < 2_000_000L || raw.available() > 0) {
                    // too short to poll the socket, or the client already sent its next request: just wait
                    LockSupport.parkNanos(Math.min(left, POLL_MILLIS * 1_000_000L));
                    continue;
                }
                socket.setSoTimeout((int) Math.max(1, Math.min(POLL_MILLIS, left / 1_000_000)));
                raw.mark(1);
                try {
                    if (raw.read() < 0) {
                        return true;
                    }
                    raw.reset();
                } catch (SocketTimeoutException stillThere) {
                    // poll again
                }
            }
            return true;
        } catch (IOException gone) {
            return true;
        }
    }

    private boolean nextRequest() throws IOException {
        if (ended) {
            return false;
        }
        boolean started = false;
        String method = null;
        try {
            socket.setSoTimeout(millis(limits.idleTimeout()));
            int first = raw.read();
            if (first < 0) {
                return end();
            }
            started = true;
            socket.setSoTimeout(millis(limits.readTimeout()));
            byte[] block = readHead(first);
            method = methodOf(block);
            RequestHead head = RequestHead.parse(block);
            if (head.contentLength() != 0 && "100-continue".equalsIgnoreCase(head.header("Expect"))) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            byte[] body = head.chunked() ? readChunked() : readFixed(head.contentLength());
            byte[] framed = head.normalized(body.length);
            pending = new byte[framed.length + body.length];
            System.arraycopy(framed, 0, pending, 0, framed.length);
            System.arraycopy(body, 0, pending, framed.length, body.length);
            position = 0;
            return true;
        } catch (MalformedRequestException e) {
            return reject(method, e.status(), e.problem());
        } catch (SocketTimeoutException e) {
            return started
                    ? reject(
                            method,
                            408,
                            "The request was not received in full within "
                                    + limits.readTimeout().toMillis() + " ms.")
                    : end();
        } catch (IOException aborted) {
            return end();
        }
    }

    private byte[] readHead(int first) throws IOException, MalformedRequestException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int previous3 = -1;
        int previous2 = -1;
        int previous1 = -1;
        int current = first;
        while (true) {
            if (current < 0) {
                throw new EOFException();
            }
            if (previous3 == '\r' && previous2 == '\n' && previous1 == '\r' && current == '\n') {
                byte[] bytes = head.toByteArray();
                return java.util.Arrays.copyOf(bytes, bytes.length - 3);
            }
            if (head.size() >= RequestHead.MAX_HEAD_BYTES) {
                throw new MalformedRequestException(
                        431, "The request line and headers are longer than " + RequestHead.MAX_HEAD_BYTES + " bytes.");
            }
            head.write(current);
            previous3 = previous2;
            previous2 = previous1;
            previous1 = current;
            current = raw.read();
        }
    }

    private byte[] readFixed(long length) throws IOException, MalformedRequestException {
        if (length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body = raw.readNBytes((int) length);
        if (body.length < length) {
            throw new EOFException();
        }
        return body;
    }

    private byte[] readChunked() throws IOException, MalformedRequestException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = readLine();
            int semicolon = line.indexOf(';');
            String size = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
            if (size.isEmpty() || size.length() > 7 || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw RequestHead.bad("A chunk of the request body has a malformed size line.");
            }
            int chunk = Integer.parseInt(size, 16);
            if (chunk == 0) {
                while (!readLine().isEmpty()) {
                    // trailers are not kept
                }
                return body.toByteArray();
            }
            if (body.size() + (long) chunk > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            byte[] data = raw.readNBytes(chunk);
            if (data.length < chunk) {
                throw new EOFException();
            }
            body.write(data);
            if (!readLine().isEmpty()) {
                throw RequestHead.bad("A chunk of the request body is longer than its size line says.");
            }
        }
    }

    private String readLine() throws IOException, MalformedRequestException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = raw.read();
            if (c < 0) {
                throw new EOFException();
            }
            if (c == '\n') {
                if (line.length() == 0 || line.charAt(line.length() - 1) != '\r') {
                    throw RequestHead.bad("The chunked request body has a line not ended by CRLF.");
                }
                return line.substring(0, line.length() - 1);
            }
            if (line.length() > 4096) {
                throw RequestHead.bad("The chunked request body has an overlong line.");
            }
            line.append((char) c);
        }
    }

    private MalformedRequestException tooLarge() {
        return new MalformedRequestException(
                413, "The request body is larger than the " + MAX_BODY_BYTES + " bytes this fake accepts.");
    }

    private boolean reject(@Nullable String method, int status, String message) {
        try {
            out.write(rejections.response(method, status, message));
            out.flush();
        } catch (IOException clientGone) {
            // nothing more to tell it
        }
        return end();
    }

    private boolean end() {
        ended = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
        return false;
    }

    private static String methodOf(byte[] head) {
        int space = 0;
        while (space < head.length && space < 32 && head[space] != ' ') {
            space++;
        }
        return new String(head, 0, space, StandardCharsets.ISO_8859_1);
    }

    private static int millis(java.time.Duration duration) {
        return (int) Math.max(1, duration.toMillis());
    }
}
