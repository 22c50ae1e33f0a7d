package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code files.create|retrieve|list|delete|content}: multipart uploads kept byte for byte, listed newest
 * first (up to 10,000 a page, filtered by {@code purpose}), downloadable except for purpose {@code assistants}.
 */
final class Files {

    /** The purposes {@code files.create} accepts, as the spec lists them. */
    static final List<String> PURPOSES = List.of("assistants", "batch", "fine-tune", "vision", "user_data", "evals");

    private static final long BATCH_FILE_LIFETIME_SECONDS = 30L * 24 * 3600;

    private final Clock clock;
    private final FileStore store;

    Files(Clock clock, FileStore store) {
        this.clock = clock;
        this.store = store;
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        Multipart form = Multipart.of(call.request());
        String purpose = form.requiredField("purpose");
        if (!PURPOSES.contains(purpose)) {
            throw OpenAiErrors.invalidValue("purpose", purpose, PURPOSES);
        }
        Multipart.Part file = form.file("file");
        String filename = file.filename() != null ? file.filename() : "file";
        if (purpose.equals("batch") && !filename.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            throw OpenAiErrors.badRequest(
                    "Invalid file format for Batch API. Must be .jsonl", "file", "invalid_file_format");
        }
        long now = clock.instant().getEpochSecond();
        Long expiresAt = expiresAt(form, now, purpose);
        return FakeResponse.json(
                200,
                store.add(filename, purpose, file.content(), now, expiresAt).json());
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        return FakeResponse.json(200, store.get(fileId(call)).json());
    }

    FakeResponse list(ApiCall call, @Nullable Directive directive) {
        String purpose = call.request().queryParam("purpose").orElse(null);
        List<ObjectNode> files = store.all().stream()
                .filter(file -> purpose == null || file.purpose().equals(purpose))
                .map(FileStore.StoredFile::json)
                .toList();
        return FakeResponse.json(200, ListPage.of(files, call.request(), 10_000, 10_000, "desc"));
    }

    FakeResponse delete(ApiCall call, @Nullable Directive directive) {
        FileStore.StoredFile file = store.remove(fileId(call));
        ObjectNode deleted = JsonSupport.object();
        deleted.put("id", file.id());
        deleted.put("object", "file");
        deleted.put("deleted", true);
        return FakeResponse.json(200, deleted);
    }

    FakeResponse content(ApiCall call, @Nullable Directive directive) {
        FileStore.StoredFile file = store.get(fileId(call));
        if (file.purpose().equals("assistants")) {
            throw OpenAiErrors.badRequest("Not allowed to download files of purpose: assistants.", null, null);
        }
        return new FakeResponse(
                200,
                HttpHeaders.of(
                        "Content-Type",
                        "application/octet-stream",
                        "Content-Disposition",
                        "attachment; filename=\"" + file.filename() + "\""),
                new ResponseBody.Bytes(file.content()));
    }

    /** {@code expires_after[anchor]=created_at} and {@code expires_after[seconds]}, 1 hour to 30 days. */
    private static @Nullable Long expiresAt(Multipart form, long now, String purpose) {
        String seconds = form.field("expires_after[seconds]").orElse(null);
        if (seconds == null) {
            return purpose.equals("batch") ? now + BATCH_FILE_LIFETIME_SECONDS : null;
        }
        String anchor = form.field("expires_after[anchor]").orElse("created_at");
        if (!anchor.equals("created_at")) {
            throw OpenAiErrors.invalidValue("expires_after.anchor", anchor, List.of("created_at"));
        }
        long value;
        try {
            value = Long.parseLong(seconds.trim());
        } catch (NumberFormatException e) {
            throw OpenAiErrors.invalidType("expires_after.seconds", "an integer", "a string");
        }
        if (value < 3600 || value > 2_592_000) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'expires_after.seconds': expected a value between 3600 and 2592000, but got " + value
                            + " instead.",
                    "expires_after.seconds",
                    "invalid_value");
        }
        return now + value;
    }

    private static String fileId(ApiCall call) {
        return call.pathVariable("file_id").orElseThrow();
    }
}
