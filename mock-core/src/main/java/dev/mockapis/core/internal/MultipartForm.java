package dev.mockapis.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@code multipart/form-data} body, read byte-exactly (uploads are binary): each part's field name,
 * file name, content type and bytes. Each fake words its own error for a body that is not one.
 */
public final class MultipartForm {

    /**
     * One part of the form.
     *
     * @param name the field name
     * @param filename the file name, or {@code null} for a plain field
     * @param contentType the part's {@code Content-Type}, or {@code null} when it has none
     * @param content the part's bytes
     */
    public record Part(
            String name,
            @Nullable String filename,
            @Nullable String contentType,
            byte[] content) {

        /** The bytes as UTF-8 text. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final List<Part> parts;

    private MultipartForm(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Reads a body.
     *
     * @param contentType the request's {@code Content-Type} header, with its {@code boundary}
     * @param body the request body
     * @throws IllegalArgumentException when the header names no boundary or the body breaks the framing
     */
    public static MultipartForm parse(String contentType, byte[] body) {
        String boundary = parameter(contentType, "boundary")
                .orElseThrow(() -> new IllegalArgumentException("multipart/form-data without a boundary"));
        return new MultipartForm(parts(body, boundary));
    }

    /** All parts, in order. */
    public List<Part> parts() {
        return parts;
    }

    /** The first part of this name. */
    public Optional<Part> part(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst();
    }

    /** Every part of this name, in order (repeated fields). */
    public List<Part> parts(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).toList();
    }

    private static List<Part> parts(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw malformed();
        }
        while (true) {
            int afterDelimiter = at + delimiter.length;
            if (afterDelimiter + 2 <= body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
                return parts;
            }
            int headersStart = skipLineBreak(body, afterDelimiter);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw malformed();
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw malformed();
            }
            int contentEnd = next >= 2 && body[next - 2] == '\r' && body[next - 1] == '\n' ? next - 2 : next;
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, Math.max(contentStart, contentEnd))));
            at = next;
        }
    }

    private static Part part(String headers, byte[] content) {
        String disposition = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                type = value;
            }
        }
        if (disposition == null) {
            throw malformed();
        }
        String name = parameter(disposition, "name").orElseThrow(MultipartForm::malformed);
        return new Part(name, parameter(disposition, "filename").orElse(null), type, content);
    }

    /** A header's parameter ({@code boundary} of a content type, {@code name} of a disposition), unquoted. */
    public static Optional<String> parameter(String header, String wanted) {
        for (String piece : header.split(";")) {
            int equals = piece.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = piece.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            if (key.equals(wanted)) {
                String value = piece.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static int skipLineBreak(byte[] body, int at) {
        if (at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n') {
            return at + 2;
        }
        return at < body.length && body[at] == '\n' ? at + 1 : at;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException("the multipart/form-data body breaks its framing");
    }
}
