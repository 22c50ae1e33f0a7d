package dev.mockapis.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.x request line and header block, checked strictly: what MockWebServer's own parser would
 * choke on (a request target that is not a path, a bad {@code %} escape, a non-numeric or conflicting
 * {@code Content-Length}, a body on a GET) is refused here with a {@link MalformedRequestException}.
 *
 * @param method the method, such as {@code POST}
 * @param target the request target: a path and maybe a query, or {@code *} for {@code OPTIONS}
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers the header lines as sent, {@code name: value}
 * @param contentLength the body length, or -1 when the body is chunked
 */
record RequestHead(String method, String target, String version, List<String> headers, long contentLength) {

    /** The longest header block accepted, request line included. */
    static final int MAX_HEAD_BYTES = 64 * 1024;

    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

    /** Whether the body comes in chunks. */
    boolean chunked() {
        return contentLength < 0;
    }

    /** Whether the client speaks HTTP/1.0. */
    boolean http10() {
        return version.equals("HTTP/1.0");
    }

    /**
     * The head MockWebServer is given: the same request line and headers, with the body framed by a
     * {@code Content-Length} of the body as read, and no {@code Expect}, which was already answered.
     */
    byte[] normalized(long bodyLength) {
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(target)
                .append(' ')
                .append(version)
                .append("\r\n");
        for (String header : headers) {
            String name = name(header).toLowerCase(Locale.ROOT);
            if (!name.equals("content-length") && !name.equals("transfer-encoding") && !name.equals("expect")) {
                head.append(header).append("\r\n");
            }
        }
        if (bodyLength > 0) {
            head.append("Content-Length: ").append(bodyLength).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The first value of a header, or null. */
    @Nullable
    String header(String wanted) {
        for (String header : headers) {
            if (name(header).equalsIgnoreCase(wanted)) {
                return value(header);
            }
        }
        return null;
    }

    /**
     * Reads and checks a head.
     *
     * @param block the bytes up to, not including, the blank line
     */
    static RequestHead parse(byte[] block) throws MalformedRequestException {
        String text = new String(block, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n", -1);
        String[] parts = lines[0].split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0])) {
            throw bad("The request line is not 'METHOD /path HTTP/1.1'.");
        }
        String method = parts[0];
        String target = parts[1];
        String version = parts[2];
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            if (version.startsWith("HTTP/")) {
                throw new MalformedRequestException(
                        505, "Only HTTP/1.1 and HTTP/1.0 are supported, the request used " + printable(version) + ".");
            }
            throw bad("The request line is not 'METHOD /path HTTP/1.1'.");
        }
        checkTarget(method, target);
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (line.isEmpty() || colon <= 0 || !isToken(line.substring(0, colon))) {
                throw bad("A request header is malformed: every header must be 'Name: value' on one line.");
            }
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if ((ch < 0x20 && ch != '\t') || ch == 0x7f) {
                    throw bad("The request header " + line.substring(0, colon) + " contains a control character.");
                }
            }
            headers.add(line);
        }
        long contentLength = contentLength(headers, method);
        if (!version.equals("HTTP/1.1") && contentLength < 0) {
            throw bad("A chunked request body needs HTTP/1.1.");
        }
        return new RequestHead(method, target, version, List.copyOf(headers), contentLength);
    }

    private static long contentLength(List<String> headers, String method) throws MalformedRequestException {
        Long length = null;
        boolean chunked = false;
        for (String header : headers) {
            String name = name(header);
            if (name.equalsIgnoreCase("Content-Length")) {
                for (String value : value(header).split(",", -1)) {
                    long parsed = digits(value.trim());
                    if (length != null && length != parsed) {
                        throw bad("The request has conflicting Content-Length headers.");
                    }
                    length = parsed;
                }
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                if (!value(header).equalsIgnoreCase("chunked")) {
                    throw bad("The only supported Transfer-Encoding is chunked.");
                }
                chunked = true;
            }
        }
        if (chunked && length != null) {
            throw bad("The request has both Content-Length and Transfer-Encoding headers.");
        }
        boolean hasBody = chunked || (length != null && length > 0);
        if (hasBody && (method.equals("GET") || method.equals("HEAD"))) {
            throw bad("A " + method + " request must not have a body.");
        }
        return chunked ? -1 : length == null ? 0 : length;
    }

    private static long digits(String value) throws MalformedRequestException {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad("The request's Content-Length header is not a number of bytes.");
        }
        return Long.parseLong(value);
    }

    private static void checkTarget(String method, String target) throws MalformedRequestException {
        if (target.equals("*")) {
            if (!method.equals("OPTIONS")) {
                throw bad("The request target '*' is only allowed with OPTIONS.");
            }
            return;
        }
        if (!target.startsWith("/")) {
            throw bad("The request target must be a path starting with '/'.");
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '#') {
                throw bad("The request URL contains a character that must be percent-encoded.");
            }
            if (c == '%'
                    && (i + 2 >= target.length() || !isHex(target.charAt(i + 1)) || !isHex(target.charAt(i + 2)))) {
                throw bad(
                        "The request URL contains a malformed percent-escape: '%' must be followed by two hex digits.");
            }
        }
    }

    static MalformedRequestException bad(String message) {
        return new MalformedRequestException(400, message);
    }

    private static String name(String header) {
        return header.substring(0, header.indexOf(':'));
    }

    private static String value(String header) {
        return header.substring(header.indexOf(':') + 1).trim();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 0x7f) && TOKEN_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String text) {
        return text.replaceAll("[^\\x21-\\x7e]", "?");
    }
}
