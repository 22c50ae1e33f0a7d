package dev.mockapis.openai;

import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.internal.MultipartForm;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        if (MultipartForm.parameter(contentType, "boundary").isEmpty()) {
            throw OpenAiErrors.badRequest(
                    "Invalid Content-Type header: multipart/form-data without a boundary.", null, null);
        }
        return new Multipart(parse(contentType, request.body()));
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

    private static List<Part> parse(String contentType, byte[] body) {
        try {
            return MultipartForm.parse(contentType, body).parts().stream()
                    .map(part -> new Part(part.name(), part.filename(), part.contentType(), part.content()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static RuntimeException malformed() {
        return OpenAiErrors.badRequest("The multipart/form-data body of your request could not be parsed.", null, null);
    }
}
