package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The files uploaded to the fake or made by it (batch output and error files), by id, oldest first.
 * Thread-safe.
 */
final class FileStore {

    /** One stored file and its metadata. */
    record StoredFile(
            String id,
            String filename,
            String purpose,
            byte[] content,
            long createdAt,
            @Nullable Long expiresAt) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        /** The file object, as {@code files.retrieve} answers. */
        ObjectNode json() {
            ObjectNode file = JsonSupport.object();
            file.put("id", id);
            file.put("object", "file");
            file.put("bytes", content.length);
            file.put("created_at", createdAt);
            if (expiresAt != null) {
                file.put("expires_at", expiresAt);
            }
            file.put("filename", filename);
            file.put("purpose", purpose);
            file.put("status", "processed");
            return file;
        }
    }

    private final IdGenerator ids;
    private final Map<String, StoredFile> files = new LinkedHashMap<>();

    FileStore(IdGenerator ids) {
        this.ids = ids;
    }

    synchronized StoredFile add(
            String filename, String purpose, byte[] content, long createdAt, @Nullable Long expiresAt) {
        StoredFile file = new StoredFile(
                ids.next("file-", IdSequence.BASE62, 22), filename, purpose, content.clone(), createdAt, expiresAt);
        files.put(file.id(), file);
        return file;
    }

    /** The file, or OpenAI's 404 for an id it does not know. */
    synchronized StoredFile get(String id) {
        StoredFile file = files.get(id);
        if (file == null) {
            throw OpenAiErrors.error(404, "No such File object: " + id, "id", null);
        }
        return file;
    }

    synchronized boolean contains(String id) {
        return files.containsKey(id);
    }

    synchronized List<StoredFile> all() {
        return new ArrayList<>(files.values());
    }

    synchronized StoredFile remove(String id) {
        StoredFile file = get(id);
        files.remove(id);
        return file;
    }

    synchronized void clear() {
        files.clear();
    }
}
