package dev.mockapis.twilioapp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The delivery statuses the application received, as "SID status", and what an idempotent handler keeps
 * of them: each callback once by its idempotency token, and per message only a status later than the
 * one it has, whatever order they come in.
 */
public class StatusLog {

    private static final List<String> PROGRESS = List.of("queued", "sent", "delivered", "read");

    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    void record(String sid, String status) {
        statuses.add(sid + " " + status);
    }

    /** Records the callback once per token; the message's status moves only forward. Returns whether it was new. */
    boolean recordOnce(String token, String sid, String status) {
        statuses.add(sid + " " + status);
        if (!tokens.add(token)) {
            return false;
        }
        latest.merge(sid, status, (kept, arriving) -> rank(arriving) > rank(kept) ? arriving : kept);
        return true;
    }

    /** Counts an attempt of a callback and says how many there were so far. */
    int attempt(String token) {
        return attempts.merge(token, 1, Integer::sum);
    }

    public Optional<String> latest(String sid) {
        return Optional.ofNullable(latest.get(sid));
    }

    public int processed() {
        return tokens.size();
    }

    public Map<String, Integer> attempts() {
        return Map.copyOf(attempts);
    }

    private static int rank(String status) {
        int progress = PROGRESS.indexOf(status);
        return progress >= 0 ? progress : PROGRESS.size();
    }

    public List<String> statuses() {
        return List.copyOf(statuses);
    }

    public void clear() {
        statuses.clear();
        tokens.clear();
        latest.clear();
        attempts.clear();
    }
}
