package dev.mockapis.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Bytes written to a fake over a plain socket, and everything it answered until it closed or went quiet. */
public final class RawRequest implements AutoCloseable {

    private final Socket socket;
    private final long sentAt;

    private RawRequest(Socket socket, long sentAt) {
        this.socket = socket;
        this.sentAt = sentAt;
    }

    public static RawRequest send(int port, String bytes) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return new RawRequest(socket, System.nanoTime());
    }

    /** Reads until the fake closes the connection, or until {@code wait} passes without it doing so. */
    public Answer answer(Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        boolean closed = false;
        try {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                received.write(buffer, 0, read);
            }
            closed = true;
        } catch (SocketTimeoutException stillOpen) {
            // reported as not closed
        } catch (IOException reset) {
            closed = true;
        }
        return new Answer(
                received.toString(StandardCharsets.UTF_8), closed, Duration.ofNanos(System.nanoTime() - sentAt));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    public record Answer(String text, boolean closed, Duration took) {
        public int status() {
            if (!text.startsWith("HTTP/1.")) {
                return -1;
            }
            return Integer.parseInt(text.substring(9, 12));
        }

        public String statusLine() {
            int end = text.indexOf("\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        public String headers() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        public String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }
}
