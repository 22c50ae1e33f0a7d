package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Google's resumable upload protocol, for every upload route of the fake: a {@code start} command
 * ({@code X-Goog-Upload-Protocol: resumable}, the metadata as JSON, {@code X-Goog-Upload-Header-Content-Length}
 * and {@code -Type}) answered with an {@code X-Goog-Upload-URL} on the same path, then {@code upload} chunks at
 * their {@code X-Goog-Upload-Offset}, the last one {@code upload, finalize}. Thread-safe.
 */
final class ResumableUploads {

    /**
     * An upload whose last chunk has come.
     *
     * @param metadata the JSON the start command sent
     * @param mimeType the content's type, from the metadata or the start command's headers; empty when neither says
     * @param fileName the {@code X-Goog-Upload-File-Name} the start command sent, or empty
     * @param content the bytes received
     */
    record Finished(JsonNode metadata, String mimeType, String fileName, byte[] content) {}

    private static final class Upload {
        final JsonNode metadata;
        final String mimeType;
        final String fileName;
        final long declaredLength;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();

        Upload(JsonNode metadata, String mimeType, String fileName, long declaredLength) {
            this.metadata = metadata;
            this.mimeType = mimeType;
            this.fileName = fileName;
            this.declaredLength = declaredLength;
        }
    }

    private final IdSequence ids;
    private final Map<String, Upload> uploads = Collections.synchronizedMap(new LinkedHashMap<>());

    ResumableUploads(IdSequence ids) {
        this.ids = ids;
    }

    /** Whether the request starts an upload rather than sending its bytes. */
    static boolean starts(FakeRequest request) {
        return command(request).equals("start");
    }

    /**
     * Answers a start command with the URL the bytes go to.
     *
     * @param metadata the part of the JSON body that describes the content
     */
    FakeResponse start(FakeRequest request, JsonNode metadata) {
        checkProtocol(request);
        String mimeType = metadata.path("mimeType")
                .asText(request.header("X-Goog-Upload-Header-Content-Type").orElse(""));
        long length = request.header("X-Goog-Upload-Header-Content-Length")
                .map(String::trim)
                .map(ResumableUploads::parseLength)
                .orElse(-1L);
        String id = ids.next("", IdSequence.BASE62, 32);
        uploads.put(
                id,
                new Upload(
                        metadata.deepCopy(),
                        mimeType,
                        request.header("X-Goog-Upload-File-Name").orElse(""),
                        length));
        String host = request.header("Host").orElse("localhost");
        return FakeResponse.json(200, JsonSupport.object())
                .withHeader(
                        "X-Goog-Upload-URL",
                        "http://" + host + request.path() + "?upload_id=" + id + "&upload_protocol=resumable")
                .withHeader("X-Goog-Upload-Status", "active");
    }

    /**
     * Takes one chunk of an upload.
     *
     * @return the finished upload after its {@code finalize} chunk, empty while it goes on (answer with
     *     {@link #active()})
     */
    Optional<Finished> chunk(FakeRequest request) {
        String command = command(request);
        String id = request.queryParam("upload_id")
                .orElseThrow(() -> invalid("Upload requests need the upload_id the start command answered with."));
        Upload upload = uploads.get(id);
        if (upload == null) {
            throw new ProviderErrorException(GeminiErrors.error(404, "NOT_FOUND", "Upload " + id + " was not found."));
        }
        synchronized (upload) {
            long offset = request.header("X-Goog-Upload-Offset")
                    .map(String::trim)
                    .map(ResumableUploads::parseLength)
                    .orElse(0L);
            if (offset != upload.received.size()) {
                throw invalid("X-Goog-Upload-Offset " + offset + " does not match the " + upload.received.size()
                        + " bytes received so far.");
            }
            upload.received.writeBytes(request.body());
            if (!command.contains("finalize")) {
                return Optional.empty();
            }
            uploads.remove(id);
            if (upload.declaredLength >= 0 && upload.declaredLength != upload.received.size()) {
                throw invalid("The upload declared " + upload.declaredLength
                        + " bytes (X-Goog-Upload-Header-Content-Length) but sent " + upload.received.size() + ".");
            }
            return Optional.of(
                    new Finished(upload.metadata, upload.mimeType, upload.fileName, upload.received.toByteArray()));
        }
    }

    /** Google's 400 unless the request says it follows the resumable protocol. */
    static void checkProtocol(FakeRequest request) {
        if (!request.header("X-Goog-Upload-Protocol").orElse("").equalsIgnoreCase("resumable")) {
            throw invalid("The upload protocol must be resumable: set X-Goog-Upload-Protocol: resumable.");
        }
    }

    /** The answer to a chunk that is not the last. */
    static FakeResponse active() {
        return FakeResponse.json(200, JsonSupport.object()).withHeader("X-Goog-Upload-Status", "active");
    }

    /** The answer to the last chunk. */
    static FakeResponse finished(JsonNode body) {
        return FakeResponse.json(200, body).withHeader("X-Goog-Upload-Status", "final");
    }

    void reset() {
        uploads.clear();
        ids.reset();
    }

    private static String command(FakeRequest request) {
        return request.header("X-Goog-Upload-Command").orElse("").toLowerCase(Locale.ROOT);
    }

    private static long parseLength(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid("Invalid upload offset or length: " + text);
        }
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(GeminiErrors.invalidArgument(message));
    }
}
