package dev.mockapis.openai;

import dev.mockapis.core.FakeRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body, read byte-exactly (uploads are binary): each part's field name,
 * file name, content type and bytes. Bodies that are not multipart, or break its framing, get OpenAI's 400.
 */
final class Multipart {

    /** One part of the form. */
    record Part(String name, String filename, String contentType, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    static Multipart of(FakeRequest request) {
        String contentType = request.header("Content-Type").orElse("");
        if (!request.mediaType().equals("multipart/form-data")) {
            throw OpenAiErrors.badRequest(
                    "Invalid Content-Type header (" + (contentType.isEmpty() ? "none" : contentType)
                            + "), expected multipart/form-data. (HINT: If you're using curl, you can pass -H"
                            + " 'Content-Type: multipart/form-data')",
                    null,
                    null);
        }
        String boundary = parameter(contentType, "boundary")
                .orElseThrow(() -> OpenAiErrors.badRequest(
                        "Invalid Content-Type header: multipart/form-data without a boundary.", null, null));
        return new Multipart(parse(request.body(), boundary));
    }

    /** The first part of this name. */
    Optional<Part> part(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst();
    }

    /** Every part of this name, in order (repeated fields such as {@code timestamp_granularities[]}). */
    List<Part> parts(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).toList();
    }

    /** A text field's value. */
    Optional<String> field(String name) {
        return part(name).map(Part::text);
    }

    /** A required file part. */
    Part file(String name) {
        return part(name).orElseThrow(() -> OpenAiErrors.missingParameter(name));
    }

    /** A required text field. */
    String requiredField(String name) {
        return field(name).orElseThrow(() -> OpenAiErrors.missingParameter(name));
    }

    private static List<Part> parse(byte[] body, String boundary) {
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
        String name = parameter(disposition, "name").orElseThrow(Multipart::malformed);
        return new Part(name, parameter(disposition, "filename").orElse(null), type, content);
    }

    private static Optional<String> parameter(String header, String wanted) {
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

    private static RuntimeException malformed() {
        return OpenAiErrors.badRequest("The multipart/form-data body of your request could not be parsed.", null, null);
    }
}
