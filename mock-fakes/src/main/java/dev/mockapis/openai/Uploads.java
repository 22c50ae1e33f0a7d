package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code uploads.create}, {@code uploads.parts.create}, {@code uploads.complete} and {@code uploads.cancel}:
 * a large file sent in parts, assembled in the order {@code part_ids} gives when completed, which must add
 * up to the {@code bytes} announced; the completed upload holds the new file. Uploads expire after an hour.
 */
final class Uploads {

    private static final List<String> PURPOSES = List.of("assistants", "batch", "fine-tune", "vision");

    private final IdGenerator ids;
    private final Clock clock;
    private final FileStore files;
    private final Map<String, Upload> uploads = new HashMap<>();

    private static final class Upload {
        final ObjectNode json;
        final Map<String, byte[]> parts = new LinkedHashMap<>();

        Upload(ObjectNode json) {
            this.json = json;
        }
    }

    Uploads(IdGenerator ids, Clock clock, FileStore files) {
        this.ids = ids;
        this.clock = clock;
        this.files = files;
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        String filename = body.requiredString("filename");
        String purpose = body.requiredString("purpose");
        if (!PURPOSES.contains(purpose)) {
            throw OpenAiErrors.invalidValue("purpose", purpose, PURPOSES);
        }
        int bytes = body.integer("bytes").orElseThrow(() -> OpenAiErrors.missingParameter("bytes"));
        body.requiredString("mime_type");
        long now = clock.instant().getEpochSecond();
        ObjectNode upload = JsonSupport.object();
        upload.put("id", ids.next("upload_", IdSequence.BASE62, 24));
        upload.put("object", "upload");
        upload.put("bytes", bytes);
        upload.put("created_at", now);
        upload.put("filename", filename);
        upload.put("purpose", purpose);
        upload.put("status", "pending");
        upload.put("expires_at", now + 3600);
        upload.putNull("file");
        synchronized (uploads) {
            uploads.put(upload.get("id").asText(), new Upload(upload));
        }
        return FakeResponse.json(200, upload);
    }

    FakeResponse addPart(ApiCall call, @Nullable Directive directive) {
        Multipart.Part data = Multipart.of(call.request()).file("data");
        synchronized (uploads) {
            Upload upload = pending(call);
            ObjectNode part = JsonSupport.object();
            part.put("id", ids.next("part_", IdSequence.BASE62, 24));
            part.put("object", "upload.part");
            part.put("created_at", clock.instant().getEpochSecond());
            part.put("upload_id", upload.json.get("id").asText());
            upload.parts.put(part.get("id").asText(), data.content());
            return FakeResponse.json(200, part);
        }
    }

    FakeResponse complete(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        ArrayNode partIds = body.requiredArray("part_ids");
        synchronized (uploads) {
            Upload upload = pending(call);
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            List<String> seen = new ArrayList<>();
            for (JsonNode partId : partIds) {
                byte[] part = upload.parts.get(partId.asText());
                if (part == null) {
                    throw OpenAiErrors.badRequest(
                            "Part " + partId.asText() + " does not belong to this upload.", "part_ids", null);
                }
                seen.add(partId.asText());
                content.writeBytes(part);
            }
            int expected = upload.json.get("bytes").asInt();
            if (content.size() != expected) {
                throw OpenAiErrors.badRequest(
                        "The number of bytes uploaded (" + content.size() + ") does not match the number of bytes"
                                + " specified when the upload was created (" + expected + ").",
                        "bytes",
                        null);
            }
            FileStore.StoredFile file = files.add(
                    upload.json.get("filename").asText(),
                    upload.json.get("purpose").asText(),
                    content.toByteArray(),
                    clock.instant().getEpochSecond(),
                    null);
            upload.json.put("status", "completed");
            upload.json.set("file", file.json());
            return FakeResponse.json(200, upload.json);
        }
    }

    FakeResponse cancel(ApiCall call, @Nullable Directive directive) {
        synchronized (uploads) {
            Upload upload = pending(call);
            upload.json.put("status", "cancelled");
            return FakeResponse.json(200, upload.json);
        }
    }

    void clear() {
        synchronized (uploads) {
            uploads.clear();
        }
    }

    private Upload pending(ApiCall call) {
        String id = call.pathVariable("upload_id").orElseThrow();
        Upload upload = uploads.get(id);
        if (upload == null) {
            throw OpenAiErrors.error(404, "No such Upload object: " + id, "upload_id", null);
        }
        String status = upload.json.get("status").asText();
        if (!status.equals("pending")) {
            throw OpenAiErrors.badRequest(
                    "Cannot modify upload " + id + " because it has status " + status + ".", null, null);
        }
        return upload;
    }
}
