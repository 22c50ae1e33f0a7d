package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code files.upload|get|list|delete|download}: Google's resumable upload protocol
 * ({@code X-Goog-Upload-Protocol: resumable}; a {@code start} command answered with an
 * {@code X-Goog-Upload-URL}, then {@code upload} chunks at their {@code X-Goog-Upload-Offset}, the last one
 * {@code upload, finalize}), files kept 48 hours on the fake's clock, {@code ACTIVE} at once. A
 * {@code fileData} part of a prompt must name a file the fake has; a text file's words count in the prompt's
 * tokens. Files the fake makes itself (batch results, videos) are {@code GENERATED} and downloadable.
 * Thread-safe.
 */
final class GeminiFiles {

    static final Duration LIFETIME = Duration.ofHours(48);

    private static final String URI_PREFIX = "https://generativelanguage.googleapis.com/v1beta/";

    private record StoredFile(
            String name, String displayName, String mimeType, byte[] content, Instant createTime, boolean generated) {

        ObjectNode json() {
            ObjectNode json = JsonSupport.object();
            json.put("name", name);
            if (!displayName.isEmpty()) {
                json.put("displayName", displayName);
            }
            json.put("mimeType", mimeType);
            json.put("sizeBytes", String.valueOf(content.length));
            json.put("createTime", createTime.toString());
            json.put("updateTime", createTime.toString());
            json.put("expirationTime", createTime.plus(LIFETIME).toString());
            json.put(
                    "sha256Hash",
                    Base64.getEncoder().encodeToString(sha256Hex(content).getBytes(StandardCharsets.US_ASCII)));
            json.put("uri", URI_PREFIX + name);
            json.put("state", "ACTIVE");
            json.put("source", generated ? "GENERATED" : "UPLOADED");
            return json;
        }
    }

    private final IdSequence ids;
    private final Clock clock;
    private final Map<String, StoredFile> files = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ResumableUploads uploads;

    GeminiFiles(Clock clock, IdSequence ids) {
        this.ids = ids;
        this.uploads = new ResumableUploads(ids);
        this.clock = clock;
    }

    /** Both halves of the protocol come to the same route; the command header tells them apart. */
    FakeResponse upload(ApiCall call) {
        FakeRequest request = call.request();
        if (ResumableUploads.starts(request)) {
            ResumableUploads.checkProtocol(request);
            JsonNode file = request.hasBody() ? request.json(JsonNode.class).path("file") : JsonSupport.object();
            if (file.path("mimeType")
                    .asText(request.header("X-Goog-Upload-Header-Content-Type").orElse(""))
                    .isBlank()) {
                throw invalid("Unknown mime type: set the file's mimeType.");
            }
            return uploads.start(request, file.isObject() ? file : JsonSupport.object());
        }
        return uploads.chunk(request)
                .map(finished -> {
                    StoredFile file = add(
                            finished.metadata().path("displayName").asText(""),
                            finished.mimeType(),
                            finished.content(),
                            false);
                    ObjectNode body = JsonSupport.object();
                    body.set("file", file.json());
                    return ResumableUploads.finished(body);
                })
                .orElseGet(ResumableUploads::active);
    }

    /** A live file's content and type, for a file search store's import. */
    StoredContent content(String name) {
        StoredFile file = find(name);
        return new StoredContent(file.displayName(), file.mimeType(), file.content());
    }

    /**
     * What a file holds.
     *
     * @param displayName its display name, empty when it has none
     */
    record StoredContent(String displayName, String mimeType, byte[] content) {}

    FakeResponse get(ApiCall call) {
        return FakeResponse.json(200, find(name(call)).json());
    }

    /** Newest first; {@code {}} when there is none. */
    FakeResponse list(ApiCall call) {
        List<StoredFile> live = new ArrayList<>();
        synchronized (files) {
            files.values().stream().filter(this::live).forEach(file -> live.add(0, file));
        }
        int size = GeminiPages.pageSize(call, 100);
        int start = GeminiPages.offset(call, "files");
        int end = Math.min(live.size(), start + size);
        ObjectNode page = JsonSupport.object();
        if (start < end) {
            ArrayNode listed = page.putArray("files");
            live.subList(start, end).forEach(file -> listed.add(file.json()));
        }
        if (end < live.size()) {
            page.put("nextPageToken", GeminiPages.token("files", end));
        }
        return FakeResponse.json(200, page);
    }

    FakeResponse delete(ApiCall call) {
        files.remove(find(name(call)).name());
        return FakeResponse.json(200, JsonSupport.object());
    }

    /** The bytes of a file the fake generated; uploaded files are not downloadable. */
    FakeResponse download(ApiCall call) {
        StoredFile file = find(name(call));
        if (!file.generated()) {
            throw invalid("Only generated files can be downloaded. File " + file.name() + " was uploaded.");
        }
        return new FakeResponse(
                200, HttpHeaders.of("Content-Type", file.mimeType()), new ResponseBody.Bytes(file.content()));
    }

    /** Keeps a file the fake made, and answers its name. */
    String store(String id, String mimeType, String text) {
        return add("", mimeType, text.getBytes(StandardCharsets.UTF_8), true, id)
                .name();
    }

    /** Keeps generated bytes, and answers the file's name. */
    String storeBytes(String mimeType, byte[] content) {
        return add("", mimeType, content, true).name();
    }

    /** A file's content as text, for a batch's input. */
    String text(String name) {
        return new String(find(name).content(), StandardCharsets.UTF_8);
    }

    /**
     * The tokens the {@code fileData} parts of a request's contents add to its prompt: a text file's words.
     *
     * @throws ProviderErrorException with Google's 403 for a file the fake does not have
     */
    int tokens(JsonNode body) {
        int tokens = 0;
        for (JsonNode content : GenerateContentRequest.repeated(body.path("contents"))) {
            for (JsonNode part : GenerateContentRequest.repeated(content.path("parts"))) {
                JsonNode data = part.path("fileData");
                if (data.path("fileUri").isTextual()) {
                    StoredFile file = find(nameOf(data.get("fileUri").asText()));
                    if (file.mimeType().startsWith("text/")) {
                        tokens += Tokens.count(new String(file.content(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return tokens;
    }

    void reset() {
        files.clear();
        uploads.reset();
        ids.reset();
    }

    private StoredFile add(String displayName, String mimeType, byte[] content, boolean generated) {
        return add(displayName, mimeType, content, generated, ids.next("", "0123456789abcdefghijklmnopqrstuvwxyz", 12));
    }

    private StoredFile add(String displayName, String mimeType, byte[] content, boolean generated, String id) {
        StoredFile file = new StoredFile("files/" + id, displayName, mimeType, content, clock.instant(), generated);
        files.put(file.name(), file);
        return file;
    }

    private boolean live(StoredFile file) {
        return clock.instant().isBefore(file.createTime().plus(LIFETIME));
    }

    private StoredFile find(String name) {
        StoredFile file = files.get(name);
        if (file == null || !live(file)) {
            throw new ProviderErrorException(GeminiErrors.error(
                    403,
                    "PERMISSION_DENIED",
                    "You do not have permission to access the File " + name.substring(name.indexOf('/') + 1)
                            + " or it may not exist."));
        }
        return file;
    }

    /** {@code files/abc} from a file URI or name. */
    private static String nameOf(String uri) {
        int at = uri.lastIndexOf("files/");
        return at < 0 ? uri : uri.substring(at);
    }

    private static String name(ApiCall call) {
        return "files/" + call.pathVariable("file").orElseThrow();
    }

    private static String sha256Hex(byte[] content) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(content)) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(GeminiErrors.invalidArgument(message));
    }
}
