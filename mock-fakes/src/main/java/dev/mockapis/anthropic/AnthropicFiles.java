package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.core.internal.MultipartForm;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code beta.files.*} (beta {@code files-api-2025-04-14}): multipart uploads kept byte for byte as
 * {@code file_011C…} files (gone once their {@code expires_in_seconds} pass on the fake's clock), listed
 * newest first and paged by {@code page} tokens ({@code next_page}), deleted for good.
 * Uploaded files are not downloadable, as on the API (only files Claude's tools create are). A message may
 * point at one with a {@code file} source; an unknown or deleted id is refused there as here. Thread-safe.
 */
final class AnthropicFiles {

    /** What the fake keeps of an upload. */
    record StoredFile(
            String id,
            String filename,
            String mimeType,
            byte[] content,
            Instant createdAt,
            @Nullable Instant expiresAt) {

        ObjectNode json() {
            ObjectNode json = JsonSupport.object();
            json.put("id", id);
            json.put("type", "file");
            json.put("filename", filename);
            json.put("mime_type", mimeType);
            json.put("size_bytes", content.length);
            json.put("created_at", createdAt.toString());
            json.put("downloadable", false);
            if (expiresAt != null) {
                json.put("expires_at", expiresAt.toString());
            }
            return json;
        }

        /** The file as text, when it is text the model can read as a document. */
        Optional<String> text() {
            return mimeType.startsWith("text/") || mimeType.equals("application/json")
                    ? Optional.of(new String(content, StandardCharsets.UTF_8))
                    : Optional.empty();
        }
    }

    private static final String PAGE_PREFIX = "page_";

    private final IdSequence ids;
    private final Clock clock;
    private final Map<String, StoredFile> files = Collections.synchronizedMap(new LinkedHashMap<>());

    AnthropicFiles(IdSequence ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** A body with no {@code file} part, multipart or not, lacks the one field the API requires. */
    FakeResponse upload(ApiCall call) {
        MultipartForm.Part file = filePart(call).orElseThrow(() -> invalid("file: Field required"));
        String filename = file.filename();
        Instant now = clock.instant();
        StoredFile stored = new StoredFile(
                ids.next("file_011C", IdSequence.BASE62, 20),
                filename,
                mimeType(file),
                file.content(),
                now,
                expiresInSeconds(call).map(now::plusSeconds).orElse(null));
        files.put(stored.id(), stored);
        return FakeResponse.json(200, stored.json());
    }

    /**
     * Newest first, {@code limit} at a time; {@code next_page} is the opaque token of the next page, null on
     * the last. {@code ids[]} narrows the list to those files.
     */
    FakeResponse list(ApiCall call) {
        int limit = CursorPage.limit(call.request());
        List<String> wanted = call.request().query().getOrDefault("ids[]", List.of());
        List<StoredFile> newestFirst = new ArrayList<>();
        synchronized (files) {
            files.values().forEach(file -> newestFirst.add(0, file));
        }
        List<StoredFile> listed = newestFirst.stream()
                .filter(file -> !expired(file))
                .filter(file -> wanted.isEmpty() || wanted.contains(file.id()))
                .toList();
        int start =
                call.request().queryParam("page").map(AnthropicFiles::offset).orElse(0);
        int end = Math.min(listed.size(), start + limit);
        ObjectNode page = JsonSupport.object();
        ArrayNode data = page.putArray("data");
        listed.subList(Math.min(start, end), end).forEach(file -> data.add(file.json()));
        page.put("next_page", end < listed.size() ? PAGE_PREFIX + end : null);
        return FakeResponse.json(200, page);
    }

    private static int offset(String token) {
        try {
            if (token.startsWith(PAGE_PREFIX)) {
                return Integer.parseInt(token.substring(PAGE_PREFIX.length()));
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid("page: Invalid page token");
    }

    FakeResponse retrieve(ApiCall call) {
        return FakeResponse.json(200, find(fileId(call)).json());
    }

    /** Uploaded files cannot be downloaded back, as the API answers. */
    FakeResponse download(ApiCall call) {
        find(fileId(call));
        throw invalid("File is not downloadable");
    }

    FakeResponse delete(ApiCall call) {
        StoredFile file = find(fileId(call));
        files.remove(file.id());
        ObjectNode deleted = JsonSupport.object();
        deleted.put("id", file.id());
        deleted.put("type", "file_deleted");
        return FakeResponse.json(200, deleted);
    }

    /**
     * The files a request's {@code file} sources point at ({@code document} and {@code image} blocks of
     * its messages and system prompt), in order.
     *
     * @throws ProviderErrorException with the API's 404 for an id the fake does not have
     */
    List<StoredFile> sources(JsonNode body) {
        List<StoredFile> found = new ArrayList<>();
        for (JsonNode message : body.path("messages")) {
            blocks(message.path("content"), found);
        }
        blocks(body.path("system"), found);
        return found;
    }

    private void blocks(JsonNode content, List<StoredFile> found) {
        if (!content.isArray()) {
            return;
        }
        for (JsonNode block : content) {
            JsonNode source = block.path("source");
            if (source.path("type").asText().equals("file")) {
                found.add(find(source.path("file_id").asText()));
            }
            if (block.path("type").asText().equals("tool_result")) {
                blocks(block.path("content"), found);
            }
        }
    }

    void reset() {
        files.clear();
    }

    /** The optional {@code expires_in_seconds} field of an upload. */
    private static Optional<Long> expiresInSeconds(ApiCall call) {
        Optional<String> text = form(call)
                .flatMap(form -> form.part("expires_in_seconds"))
                .map(MultipartForm.Part::text)
                .map(String::trim);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(text.get());
            if (seconds < 1) {
                throw invalid("expires_in_seconds: Input should be greater than or equal to 1");
            }
            return Optional.of(seconds);
        } catch (NumberFormatException e) {
            throw invalid("expires_in_seconds: Input should be a valid integer, unable to parse string as an integer");
        }
    }

    private boolean expired(StoredFile file) {
        return file.expiresAt() != null && !clock.instant().isBefore(file.expiresAt());
    }

    private static Optional<MultipartForm> form(ApiCall call) {
        if (!call.request().mediaType().equals("multipart/form-data")) {
            return Optional.empty();
        }
        try {
            return Optional.of(MultipartForm.parse(
                    call.request().header("Content-Type").orElse(""),
                    call.request().body()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<MultipartForm.Part> filePart(ApiCall call) {
        return form(call).flatMap(form -> form.part("file")).filter(part -> part.filename() != null);
    }

    private StoredFile find(String id) {
        StoredFile file = files.get(id);
        if (file == null || expired(file)) {
            throw new ProviderErrorException(
                    AnthropicErrors.error(404, AnthropicErrors.NOT_FOUND, "File not found: " + id));
        }
        return file;
    }

    private static String fileId(ApiCall call) {
        return call.pathVariable("file_id").orElseThrow();
    }

    /** The part's type; one a client leaves generic is told by the file name, as the API does. */
    private static String mimeType(MultipartForm.Part file) {
        String declared = file.contentType() == null
                ? ""
                : file.contentType().split(";")[0].trim();
        if (!declared.isEmpty() && !declared.equals("application/octet-stream")) {
            return declared;
        }
        String guessed = URLConnection.guessContentTypeFromName(file.filename());
        return guessed != null ? guessed : "application/octet-stream";
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(AnthropicErrors.invalidRequest(message));
    }
}
