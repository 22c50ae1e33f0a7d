package dev.mockapis.twilio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Media resources of every message, by parent message sid, in the order they were attached, and
 * what tests declared Twilio would download from a media URL. Thread-safe.
 */
final class MediaStore {

    /** What a media URL serves, as a test declared it. */
    record Declared(String contentType, byte[] content) {}

    private final Map<String, Map<String, StoredMedia>> byMessage = new HashMap<>();
    private final Map<String, Declared> declared = new HashMap<>();

    synchronized void add(StoredMedia media) {
        byMessage
                .computeIfAbsent(key(media.accountSid(), media.parentSid()), key -> new LinkedHashMap<>())
                .put(media.sid(), media);
    }

    /** Whether the message has (or had) media: inbound messages are known by their media alone. */
    synchronized boolean knows(String accountSid, String messageSid) {
        return byMessage.containsKey(key(accountSid, messageSid));
    }

    synchronized List<StoredMedia> list(String accountSid, String messageSid) {
        Map<String, StoredMedia> media = byMessage.get(key(accountSid, messageSid));
        return media == null ? List.of() : new ArrayList<>(media.values());
    }

    synchronized Optional<StoredMedia> find(String accountSid, String messageSid, String mediaSid) {
        Map<String, StoredMedia> media = byMessage.get(key(accountSid, messageSid));
        return Optional.ofNullable(media == null ? null : media.get(mediaSid));
    }

    synchronized boolean delete(String accountSid, String messageSid, String mediaSid) {
        Map<String, StoredMedia> media = byMessage.get(key(accountSid, messageSid));
        return media != null && media.remove(mediaSid) != null;
    }

    synchronized void declare(String url, String contentType, byte[] content) {
        declared.put(url, new Declared(contentType, content.clone()));
    }

    synchronized Optional<Declared> declared(String url) {
        return Optional.ofNullable(declared.get(url));
    }

    synchronized void clear() {
        byMessage.clear();
        declared.clear();
    }

    private static String key(String accountSid, String messageSid) {
        return accountSid + "/" + messageSid;
    }
}
